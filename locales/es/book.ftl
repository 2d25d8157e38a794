## El libro generado (cargo xtask book). Los datos (nombres, ARN, documentos) salen del modelo de
## roles; estos mensajes son solo el texto que los acompaña.

book-title = rolecall
book-languages = Idiomas:
book-chapter-intro = Primeros pasos
book-install-heading = Instalación
book-install-body = rolecall es un único archivo binario. Compílelo con Cargo a partir de una copia local del repositorio:
book-try-heading = Prueba con el entorno mock
book-try-body = El entorno mock es un entorno aislado local que reproduce las reglas, las cuotas y los códigos de error de IAM; guarda su estado en $XDG_STATE_HOME/rolecall/mock-iam.json (o en el archivo que indique con --state ARCHIVO). Su cuenta es la 111122223333. El archivo de estado se crea legible solo por usted (0600) y conserva sus permisos al reescribirse; un enlace simbólico a él sigue siendo un enlace.
book-account-heading = Conexión a una cuenta de AWS
book-account-body = De forma predeterminada, rolecall trabaja con AWS. Obtiene las credenciales igual que la AWS CLI (variables de entorno, archivos compartidos de configuración y credenciales, SSO, identidad web y metadatos del contenedor y de la instancia) y respeta --profile, --region y --endpoint-url. La Región determina la partición: cn-* corresponde a aws-cn y us-gov-*, a aws-us-gov. Cada intento de una llamada a IAM espera como máximo 60 segundos una conexión (--cli-connect-timeout) y 60 segundos una respuesta (--cli-read-timeout), como en la AWS CLI, y una llamada con todos sus reintentos, como máximo 120 segundos (--operation-timeout), de modo que un punto de conexión que deja de responder termina la ejecución con el estado de salida 3. Nunca se muestra una clave de acceso secreta ni un token de sesión, aunque un servidor los devuelva.

book-who = Quién lo asume: { $principal }.
book-fargate-pod-execution-notes = Este { -role } se indica en el { -fargate-profile }; EKS lo añade al RBAC de Kubernetes del { -cluster } para que el kubelet que se ejecuta en Fargate pueda registrarse como nodo. Los contenedores de los Pods no pueden usar sus permisos: para concederles permisos, use { -irsa }. Este { -role } debe ser distinto del { -node-role } de los grupos de nodos de EC2.
book-eks-node-notes = Los nodos reciben estos permisos a través de un { -instance-profile }. Este { -role } no puede ser el que se usó para crear el { -cluster } y debe ser distinto del { -pod-execution-role } de los perfiles de Fargate.
book-ecs-instance-notes = El agente de contenedor de ECS y el daemon de Docker llaman a las API de AWS con este { -role }, a través de su { -instance-profile }. Las instancias externas (ECS Anywhere) necesitan además permisos de Systems Manager, que este { -role } no incluye.

book-definition-heading = Definición
book-definition-intro = rolecall muestra esta definición con { $command } (aquí se muestra con --output json):
book-trust-multi = Si hay varios clústeres, todos los patrones de los perfiles de Fargate van en una sola matriz bajo una única clave aws:SourceArn (si un objeto tuviera dos claves con el mismo nombre, una sobrescribiría a la otra sin ningún aviso):
book-trust-all-regions = Para un mismo nombre de { -cluster } en todas las Regiones de la cuenta, la Región se sustituye por *:
book-trust-all-clusters = Para todos los clústeres de todas las Regiones de la cuenta:

book-optional-heading = Permisos opcionales
book-col-flag = Opción
book-col-policy = Política
book-needs-heading = Qué hace la carga de trabajo del { -role }
book-needs-intro = Cada necesidad de abajo es una acción sobre un conjunto de recursos, con las claves de contexto que el servicio envía donde la { -managed-policy } las comprueba. Las necesidades se derivan de las { -managed-policies } que adjunta la guía, cuyos documentos guarda rolecall (la versión predeterminada de la versión de moto que rolecall fija); el { -role } cumple su función cuando cada necesidad está permitida para todos los recursos de su conjunto, por estas políticas o por otras equivalentes.
book-needs-auto-mode = Con el { -auto-mode }, el { -role } tiene además estas necesidades:
book-needs-users-own = Este { -role } no declara necesidades: sus permisos los elige usted, y rolecall comprueba solo su confianza.
book-col-action = Acción
book-col-resources = Recursos
book-col-context = Claves de contexto
book-col-how = Cómo se concede
book-grant-managed = Se adjunta como { -aws-managed-policy }
book-grant-customer = Se crea en la cuenta como { -customer-managed-policy } y se adjunta
book-grant-inline = Se añade como { -inline-policy }
book-permission-cni-ipv4 = --cni ipv4 adjunta AmazonEKS_CNI_Policy para clústeres IPv4. La recomendación actual es adjuntarla, en su lugar, al { -role } de la { -service-account } aws-node mediante { -irsa }; por eso rolecall la señala con una nota.
book-permission-cni-ipv6 = --cni ipv6 crea en la cuenta la política para IPv6 de la guía (AmazonEKS_CNI_IPv6_Policy) y la adjunta; la recomendación sobre { -irsa } también se aplica en este caso.
book-permission-ecr-pull = --with ecr-pull solicita las cuatro acciones de ECR de la guía. AmazonEC2ContainerServiceforEC2Role, que está adjunta a todo { -role } de instancia de contenedor, ya concede las cuatro, por lo que rolecall no crea nada para este permiso: show lo muestra como ya concedido, create no crea nada más y check nunca informa de que falte. Una copia aparte solo duplicaría la { -managed-policy } y acabaría desviándose de ella.
book-permission-cloudwatch-logs = --with cloudwatch-logs crea la política de CloudWatch Logs de la guía (cwlogspolicy) con el ARN propio de la partición y la adjunta.
book-permission-s3-read-only = --with s3-read-only adjunta AmazonS3ReadOnlyAccess para que las instancias puedan leer su ecs.config desde un bucket privado.

book-check-heading = Comprobación de un { -role } existente
book-search-names = Sin --role-name, rolecall busca primero el nombre que da la guía y, después, tal como indica la guía, un { -role } cuyo nombre contenga alguno de estos: { $names }.
book-with-rolecall = Con rolecall:
book-with-aws-cli = Con la AWS CLI (son las mismas llamadas, que rolecall envía en paralelo):
book-create-heading = Creación del { -role }

book-partitions-heading = Particiones
book-partitions-intro = El { -role } es igual en todas las particiones, salvo por el prefijo de los ARN y, en China, por la { -service-principal } de EC2.
book-col-partition = Partición
book-col-policies = Políticas

book-errata-heading = Errores y contenido desactualizado de las guías
book-erratum-fargate-placeholders-swapped = La guía en español indica que se sustituya 111122223333 por el nombre del { -cluster } y my-cluster por el { -account-id }; es al revés: 111122223333 es el { -account-id } y my-cluster, el nombre del { -cluster }.
book-erratum-fargate-old-trust = En la guía en japonés, que es una versión anterior, la { -trust-policy } no tiene ninguna condición aws:SourceArn. La guía actual añade una por cada { -cluster } para evitar el problema del { -confused-deputy }; rolecall check y rolecall lint emiten una advertencia cuando una { -trust-policy } no la tiene.
book-erratum-fargate-duplicate-key = La guía propone añadir una segunda línea «aws:SourceArn» para otro { -cluster }, pero si un objeto tiene dos claves con el mismo nombre, una sobrescribe a la otra. rolecall pone todos los patrones en una sola matriz; rolecall lint informa de las claves duplicadas y de una línea que se propone añadir a un documento que ya tiene esa clave.
book-erratum-fargate-region-code = region-code, my-cluster y 111122223333 son marcadores de posición; una { -trust-policy } que aún contenga region-code no coincide con nada. rolecall lint informa de los marcadores de posición que queden en un documento.
book-erratum-node-pull-only = La guía en japonés, que es una versión anterior, pide AmazonEC2ContainerRegistryReadOnly; la guía actual pide AmazonEC2ContainerRegistryPullOnly, que AWS publicó el { $date }. La fecha 2023-10-03 de la guía anterior se refiere a otro cambio: desde entonces, el { -role } de un grupo de nodos administrado puede tener permisos equivalentes en lugar de esas { -managed-policies }. rolecall advierte de ReadOnly y, al reparar, adjunta PullOnly (con --replace-outdated, además, desasocia ReadOnly). rolecall lint advierte de un comando que adjunta ReadOnly al { -role } de nodo.
book-erratum-node-arn-space = La guía en chino tradicional escribe los ARN de las políticas con un espacio, como «arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy», e IAM los rechaza. rolecall lint informa de cada ARN mal formado, en comandos y en documentos, con el ARN correcto.
book-erratum-node-cn-principal = En China (aws-cn), la { -service-principal } de EC2 es ec2.amazonaws.com.cn, no ec2.amazonaws.com, como indican las guías.
book-erratum-node-cni-irsa = La política de VPC CNI sigue figurando en los pasos del { -role } de nodo, pero las guías recomiendan adjuntarla a un { -role } propio de la { -service-account } aws-node; por eso rolecall solo la añade con --cni.
book-erratum-ecs-policy-name = El texto de la guía en español llama a la política «AmazonEC2ContainerServiceRoleForEC2Role»; su nombre real, el que se usa en el comando, es AmazonEC2ContainerServiceforEC2Role, con la ruta service-role/. rolecall lint advierte de un texto que nombra una política que no existe y propone el nombre real más parecido.
book-erratum-ecs-s3-arn = Al ARN «arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess» de la guía le sobra un signo de dos puntos; el correcto es arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess. rolecall lint lo notifica con el ARN corregido.
book-erratum-ecs-cwlogs-arn = El ARN «arn:aws:iam:111122223333:aws:policy/cwlogspolicy» de la guía está mal formado; el ARN de esta { -customer-managed-policy } es arn:aws:iam::111122223333:policy/cwlogspolicy. rolecall lint lo notifica con el ARN corregido.
book-erratum-ecs-cwlogs-query = La consulta de list-policies de la guía busca «cwlogsppolicy», una errata del nombre cwlogspolicy, que es la política que se acaba de crear. rolecall lint informa de un nombre que un comando usa pero que el texto nunca crea, junto con el nombre creado al que se parece.
book-erratum-ecs-logs-partition = La política de CloudWatch Logs de la guía lleva arn:aws: escrito de forma fija; en aws-cn y aws-us-gov, rolecall escribe el prefijo propio de la partición.
book-erratum-ecs-ecr-covered = La guía presenta los permisos de ECR como un documento aparte, pero AmazonEC2ContainerServiceforEC2Role, que la misma guía adjunta, ya incluye las cuatro acciones; rolecall no añade nada para --with ecr-pull.

book-chapter-findings = Hallazgos
book-role-findings = Todos los hallazgos que notifica rolecall, con su significado y cómo resolverlos, se describen en el capítulo «Hallazgos».
book-findings-intro = Cada hallazgo tiene un código estable (los scripts pueden basarse en él), una gravedad y un mensaje en su idioma. Un error significa que el { -role } no cumplirá su función o que el documento no es válido; una advertencia, que funciona, pero en contra de las recomendaciones actuales o de las buenas prácticas de seguridad; una nota solo aporta información.
book-col-severity = Gravedad
book-col-fix = Cómo resolverlo

book-chapter-cli = Línea de comandos
book-cli-intro = La ayuda que sigue se genera a partir de la propia definición de la línea de comandos de rolecall.

book-chapter-exit = Estados de salida
book-exit-intro = El estado de salida de rolecall es estable, para que se pueda usar en canalizaciones y scripts.
book-col-status = Estado
book-col-meaning = Significado
book-exit-0 = Éxito: el { -role } cumple su función (las advertencias se muestran), el plan se ha ejecutado o el documento no tiene problemas.
book-exit-1 = Hallazgos: un error (o una advertencia, con --strict), un veredicto de confianza que rolecall no puede determinar, hallazgos de lint, o un create o repair que deja un error o que no ha escrito nada porque su propia evaluación ha rechazado el cambio.
book-exit-2 = Entrada no válida: el mensaje indica el valor y lo que se admite; no se ha enviado nada a IAM ni se ha escrito nada.
book-exit-3 = Ha fallado el acceso a IAM: faltan credenciales, acceso denegado, punto de conexión inaccesible, tiempo de espera agotado, limitación que persiste tras los reintentos, otro error de IAM o un problema con el archivo de estado del entorno mock.

book-chapter-json = Salida JSON
book-json-intro = Con --output json, cada comando muestra un único objeto JSON. Las claves y los códigos de hallazgo son estables y están en inglés; solo los campos de mensaje aparecen en su idioma.
book-json-show = La definición de un { -role } en un contexto.
book-json-check = El resultado de una comprobación: ok, missing, drift o undecided; los hallazgos; y el veredicto de confianza: si el servicio puede asumir el { -role } (assumable) y, para el { -role } de Fargate, si pueden hacerlo todos los perfiles de Fargate de cada { -cluster } indicado (covered). Cada veredicto vale true, false o, cuando depende de un valor que rolecall no puede conocer, null.
book-json-create = create y repair: el plan, cada acción con el nombre que le da la API de IAM, si se ha realizado y el comando aws iam equivalente; blocked indica por qué no se ha escrito nada, y left enumera los hallazgos que notificará check una vez ejecutado el plan.
book-json-lint = Los documentos de política y los comandos aws iam encontrados en el texto, y los hallazgos, cada uno con la línea (y la columna) en que empieza su documento o comando. document es el tipo de documento cuando todo el archivo es uno; si no, text.
book-json-error = Cualquier comando que falle muestra este objeto (y el mensaje en la salida de error estándar).

book-chapter-permissions = Permisos de IAM que necesita rolecall
book-permissions-intro = rolecall permissions COMANDO muestra la política de privilegio mínimo que necesita una entidad principal para ejecutar un comando. check solo realiza lecturas.
book-findings-verdict = Si un servicio puede asumir un { -role } se decide igual que lo decide IAM: un Deny explícito prevalece, un Allow solo se aplica cuando coinciden su Principal, su Action y todas sus condiciones, y una condición sobre un valor que rolecall no puede conocer (la hora, su organización, las etiquetas de la solicitud) deja el veredicto sin determinar, nunca correcto. Para el { -role } de Fargate, un { -cluster } solo se considera abarcado cuando todos los perfiles de Fargate que pudiera tener, se llamen como se llamen, pueden asumir el { -role }. repair solo añade (una instrucción, o patrones de { -cluster } a una instrucción Allow cuyas demás condiciones los dejan pasar), evalúa el resultado antes de escribir y no escribe nada si el cambio denegara algo que antes se permitía o si siguiera sin abarcar un { -cluster } que usted ha indicado.

## Novedades: datos de las particiones, erratas, lint de textos
book-partitions-intro-fargate = En aws y aws-cn el { -role } es igual, salvo por el prefijo de los ARN: su { -service-principal }, eks-fargate-pods.amazonaws.com, no tiene forma .cn, tampoco en China. Amazon EKS en Fargate no está disponible en aws-us-gov, así que ahí no existe este { -role }.
book-erratum-node-ipv6-partition = La política de IPv6 de la guía para VPC CNI lleva arn:aws: escrito de forma fija; en aws-cn y aws-us-gov, rolecall escribe el prefijo propio de la partición.
## Los roles del clúster de EKS, del modo automático de EKS, de ejecución de tareas de ECS y de Pod Identity de EKS.
book-eks-cluster-notes = Todo { -cluster } de EKS necesita un { -cluster-role }: EKS lo asume para administrar los nodos del { -cluster }, y el proveedor de nube heredado lo usa para crear equilibradores de carga. La guía acepta AmazonEKSClusterPolicy o una política personalizada con permisos al menos equivalentes; como con las demás políticas administradas de las guías, rolecall comprueba AmazonEKSClusterPolicy e informa si falta (comparar una política personalizada le corresponde a usted). Consejo de rolecall, no de la guía: no deje que los nodos usen este { -role } (audit informa de un { -role } que sirve para ambas cosas).
book-eks-auto-node-notes = El { -auto-mode } lanza los nodos del { -cluster } con este { -role }. La guía acepta AmazonEKSWorkerNodeMinimalPolicy y AmazonEC2ContainerRegistryPullOnly o permisos equivalentes, y dice que no puede ser el { -role } que se usó para crear ningún { -cluster }. Consejo de rolecall, no de la guía: tampoco lo convierta en el { -cluster-role }.
book-ecs-task-execution-notes = El agente de contenedor de ECS y el agente de Fargate asumen este { -role } para extraer imágenes de repositorios privados de Amazon ECR, enviar los registros de los contenedores con el controlador awslogs y leer los secretos a los que hace referencia una definición de tarea. Los contenedores de la tarea no pueden usarlo: usan el { -role } de la tarea. La { -trust-policy } es la de la guía: ecs-tasks.amazonaws.com sin condiciones. AWS recomienda una condición sobre aws:SourceAccount o aws:SourceArn (arn:aws:ecs:REGION:ACCOUNT:*, nunca el ARN de un solo clúster, que impide lanzar tareas) para los { -roles } que asumen las tareas de ECS; la guía de este { -role } no muestra ninguna, así que create no escribe ninguna, check acepta ambas formas y audit advierte de un { -role } de ejecución de tareas que podrían asumir las tareas de cualquier cuenta.
book-eks-pod-identity-notes = { -pod-identity } da a los Pods de una cuenta de servicio de Kubernetes las credenciales de un { -role } de IAM. La guía solo define su { -trust-policy }: pods.eks.amazonaws.com puede llamar a sts:AssumeRole y sts:TagSession (el servicio pasa { -session-tags }). Lo que el { -role } puede hacer lo decide usted, así que rolecall solo comprueba y repara la { -trust-policy } y necesita el nombre del { -role } (--role-name).
book-ecs-task-execution-verdict = ECS asume el { -role } para una tarea: rolecall evalúa esa solicitud con aws:SourceAccount igual a la cuenta y aws:SourceArn igual a cualquier ARN de tarea de la cuenta, y considera que el { -role } se puede asumir cuando alguna tarea de la cuenta puede asumirlo.
book-eks-pod-identity-verdict = Las { -session-tags } nombran el { -cluster } del Pod (eks-cluster-arn, eks-cluster-name), su { -namespace } (kubernetes-namespace), su cuenta de servicio (kubernetes-service-account) y el propio Pod (kubernetes-pod-name, kubernetes-pod-uid); una asociación también puede desactivarlas. Las condiciones sobre claves aws:RequestTag/… limitan el { -role } a algunos Pods: rolecall evalúa la { -trust-policy } para cada combinación de valores de etiqueta que sus condiciones distinguen, considera que el { -role } se puede asumir cuando los Pods de algún alcance pueden asumirlo e informa de ese alcance (la nota trust-scoped y scope en el veredicto JSON). Cualquier otra condición cuenta tal como la evalúa IAM; Pod Identity de EKS no documenta aws:SourceAccount ni aws:SourceArn, así que una condición sobre ellas deja el veredicto sin decidir.
book-auto-mode-heading = Modo automático de EKS
book-auto-mode-intro = El { -auto-mode } necesita más del { -cluster-role }: --auto-mode le da el nombre { $name }, permite al servicio llamar también a { $actions } y asocia además { $policies } (se muestra como --output json):
book-auto-mode-repair = A un { -cluster-role } creado para un { -cluster } estándar le falta todo eso: check --auto-mode informa de cada política y acción que falta, y repair --auto-mode las agrega sin eliminar nada (sts:TagSession llega en una instrucción propia, con las condiciones de la instrucción que ya permite sts:AssumeRole).
book-grant-scoped = { -inline-policy } sobre los recursos indicados con --secret
book-permission-secrets = --with secrets agrega la { -inline-policy } de la guía para los secretos de Amazon ECS: ssm:GetParameters, secretsmanager:GetSecretValue y kms:Decrypt, para que el agente de contenedor pueda leer los parámetros de Systems Manager y los secretos de Secrets Manager a los que hace referencia una definición de tarea.
book-permission-private-registry = --with private-registry agrega la { -inline-policy } de la guía para la autenticación en registros privados: secretsmanager:GetSecretValue y kms:Decrypt, para que el agente pueda leer el secreto que guarda las credenciales del registro.
book-secrets-model = Los documentos de la guía nombran un secreto y una clave suyos; una política sobre todos los secretos y claves de la cuenta dejaría que cualquier tarea los leyera todos. Por eso rolecall escribe el documento de la guía con los ARN que usted indica con --secret: repítalo para cada secreto, parámetro y clave de KMS administrada por el cliente que leen las tareas (kms:Decrypt solo hace falta para una clave propia). check compara la política con ese documento, así que ejecútelo con los mismos valores de --secret; una política con ese nombre que nombra otros recursos se notifica, nunca se sobrescribe.
book-name-required = La guía no da a este { -role } ningún nombre ni ningún nombre que buscar: indique el suyo con --role-name.
book-eks-cluster-partitions = Las páginas de China muestran eks.amazonaws.com, sin .cn, como en las demás particiones. En aws-us-gov rolecall también escribe eks.amazonaws.com: ninguna página de AWS que haya encontrado confirma la entidad principal de GovCloud, y no se conoce otra forma.
book-eks-auto-node-partitions = La página de China de este { -role } muestra ec2.amazonaws.com, igual que las guías del { -role } de nodo. Para el { -role } de nodo, los grupos de nodos de EKS en China rechazan un { -role } sin ec2.amazonaws.com.cn (así lo dice su mensaje de error), y por eso rolecall escribe allí esa forma; no está confirmado si el { -auto-mode } la necesita, así que en aws-cn rolecall escribe el ec2.amazonaws.com de la página y, al comprobar, acepta cualquiera de las dos sin ningún hallazgo.
book-ecs-task-execution-partitions = Las tareas de ECS usan ecs-tasks.amazonaws.com en todas las particiones, también en China. En aws-us-gov ninguna página de AWS que rolecall haya encontrado lo confirma, y no se conoce otra forma.
book-eks-pod-identity-partitions = La página de China muestra pods.eks.amazonaws.com, sin .cn. En aws-us-gov ninguna página de AWS que rolecall haya encontrado lo confirma, y no se conoce otra forma.
book-history-heading = Historia
book-eks-cluster-history = Antes del { $required_until }, el { -role } de cada { -cluster } debía tener la propia AmazonEKSClusterPolicy; desde entonces se acepta una política personalizada con permisos equivalentes. Antes del { $service_until }, también se exigía AmazonEKSServicePolicy y el nombre sugerido era eksServiceRole; el { -role } vinculado al servicio AWSServiceRoleForAmazonEKS asumió esos permisos, así que rolecall nunca la pide.
book-erratum-cluster-auto-check-step = La guía del { -role } de clúster del modo automático enumera cinco políticas, pero sus pasos para comprobar un { -role } existente solo buscan AmazonEKSClusterPolicy; con --auto-mode, rolecall comprueba las cinco.
book-erratum-auto-node-one-of-names = La guía del { -role } de nodo del modo automático pide buscar un { -role } «con uno de esos nombres», pero da un único nombre, AmazonEKSAutoNodeRole.
book-erratum-task-execution-policy-path = Una versión anterior de la guía asocia arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy, sin la ruta service-role/; el ARN de la política es arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy.
## Manual pages, the landing page, the role diagrams and infrastructure as code.
man-manual = Manual de rolecall
man-name = NOMBRE
man-synopsis = SINOPSIS
man-description = DESCRIPCIÓN
man-examples = EJEMPLOS
man-exit-status = ESTADO DE SALIDA
man-version = VERSIÓN
man-see-also = VÉASE TAMBIÉN
book-all-languages = Todos los idiomas
book-landing-pitch = rolecall comprueba, crea y repara los roles de IAM que necesita la computación de EKS y ECS, exactamente como los definen las guías de AWS, y nunca quita nada salvo que usted lo pida.
book-landing-open = Leer el libro en español
book-diagram-title = { $role }: quién lo asume, el rol y sus políticas
book-diagram-principal = { -service-principal } que asume el { -role }
book-diagram-condition = solo si { $key } coincide con ({ $operator }):
book-diagram-assumes = sts:AssumeRole
book-diagram-role = { -role } de IAM
book-diagram-path = ruta
book-diagram-profile = { -instance-profile }
book-diagram-contains = contiene el { -role }
book-diagram-policies = políticas adjuntas e insertadas
book-diagram-aws-managed = { -aws-managed-policy }
book-diagram-customer-managed = { -customer-managed-policy }
book-diagram-inline = { -inline-policy }
book-diagram-optional = opcional: { $flag }
book-diagram-covers = ya concede { $flag }
book-iac-heading = Infraestructura como código
book-iac-intro = La misma definición, como plantilla de CloudFormation o como configuración de Terraform para el proveedor de AWS. Los ARN toman la partición de la pila y, sin --account, los patrones de aws:SourceArn toman la cuenta de la pila. Una { -customer-managed-policy } es un recurso propio, y una { -inline-policy } se convierte en AWS::IAM::RolePolicy o aws_iam_role_policy.
book-iac-cloudformation = CloudFormation, generado con { $command }:
book-iac-terraform = Terraform, generado con { $command }:

## Typed seams (issue 12c): the JSON chapter from the report types and their schemas, the
## command-line chapter's table of options from the flag table.
book-json-notation = Cada forma que sigue se obtiene del esquema JSON del objeto y usa la notación de TypeScript: string, number y boolean son valores de ese tipo, | separa los valores que puede tomar una clave, T[] es una lista y una clave seguida de ? puede faltar. Un objeto que solo contiene … es un documento de política.
book-json-schema = Esquema JSON: { $link }
book-json-roles = Todos los tipos de { -role } que conoce rolecall: su nombre en su idioma, el nombre que la guía da al { -role } (null cuando la guía no da ninguno), la { -service-principal } en la que confía, sus { -managed-policies } y los permisos opcionales que añaden --cni y --with.
book-json-repair = repair muestra el mismo objeto que create: su plan, cómo se ha ejecutado y lo que notificará check después.
book-json-audit = Cada { -role } de la cuenta que cumple una función que conoce rolecall, con las claves de check y su tipo; los hallazgos sobre la cuenta en su conjunto (account_findings), y los recuentos.
book-json-audit-organization = audit --organization y audit --accounts: la auditoría de cada cuenta con su account_id, su nombre en la organización y el estado ok, o bien el estado failed y el error que impidió leerla; después, los recuentos de todas las cuentas.
book-json-audit-organization-line = Con --output jsonl, audit --organization muestra un objeto por línea a medida que llegan los resultados: cada { -role } (type role) y cada hallazgo sobre una cuenta en su conjunto (type account_finding), después la cuenta (type account) y, al final, el resumen (type summary). Todos los objetos salvo el resumen indican su account_id.
book-json-permissions = La política de IAM de privilegios mínimos que necesita el comando; con --organization, la política de quien llama, el { -role } miembro y la política de permisos y la { -trust-policy } del { -role } miembro.
book-json-mock-serve = La primera línea que muestra mock serve, antes de empezar a atender solicitudes: la URL en la que escucha y el archivo de estado que sirve.
book-cli-flags-heading = Opciones y argumentos
book-col-value = Valor
book-col-commands = Comandos
book-cli-global = todos los comandos

## Issue 19, puntos 18 y 19: Amazon EKS en Fargate en AWS GovCloud (US); AmazonEKSBlockStoragePolicyV2.
book-partition-no-fargate = Amazon EKS en Fargate no está disponible aquí (guía del usuario de AWS GovCloud (US)): rolecall show y create rechazan este { -role } (código de salida 2), y check y audit lo notifican (fargate-unavailable).
book-erratum-cluster-block-storage-v2 = La guía del { -role } de clúster del modo automático nombra AmazonEKSBlockStoragePolicy; AWS publicó AmazonEKSBlockStoragePolicyV2 el { $block_storage_date }, que limita la creación de volúmenes a partir de instantáneas y de instantáneas de volúmenes a los recursos del propio { -cluster }, y la configuración actual del modo automático de AWS la adjunta. IAM suma los permisos de todas las políticas adjuntas, así que la política anterior junto a V2 mantiene sus permisos más amplios. rolecall adjunta V2, advierte de la política anterior sola o junto a V2, y repair --replace-outdated adjunta V2 y desasocia la anterior.

## Issue 20: el capítulo sobre lo que puede hacer un rol (veredictos de permisos).
book-chapter-granted = Lo que puede hacer un rol
book-granted-intro = rolecall juzga lo que puede hacer un { -role } tal como lo decide IAM, nunca por los nombres de las políticas adjuntas. Cada tipo de { -role } declara las necesidades de su carga de trabajo (enumeradas en su capítulo): una acción sobre un conjunto de recursos, con las claves de contexto que envía su servicio. rolecall plantea cada necesidad tal como la plantea la propia sesión del { -role }: quien llama es el { -role }, aws:PrincipalArn y aws:PrincipalAccount son los suyos, aws:PrincipalTag/* son sus etiquetas, y cualquier otra clave que la necesidad no declare es desconocida. Una necesidad solo se concede cuando está permitida para todos los recursos de su conjunto.
book-granted-how-heading = Qué decide
book-granted-how-intro = rolecall lee lo que IAM tiene en cuenta para las solicitudes del { -role } y lo combina como lo hace IAM:
book-granted-how-deny = Una denegación explícita (Deny) en cualquiera de estas políticas prevalece.
book-granted-how-identity = Una política basada en identidad debe permitir la necesidad: una { -inline-policy } del { -role } o la versión predeterminada de una { -managed-policy } adjunta a él (también las administradas por AWS: sus versiones cambian y difieren según la partición).
book-granted-how-boundary = Si el { -role } tiene un { -permissions-boundary }, el límite también debe permitir la necesidad: las políticas propias del { -role } no pueden conceder más de lo que permite su límite.
book-granted-how-scps = En una organización, en cada nivel desde la raíz, pasando por cada unidad organizativa (OU), hasta la cuenta, una { -scp } asociada a ese nivel debe permitir la necesidad (FullAWSAccess está asociada en todas partes de forma predeterminada). Las { -scps } no se aplican a la cuenta de administración ni a los roles vinculados a servicios.
book-granted-verdict-heading = Concedido, no concedido, sin determinar
book-granted-verdict = Cada necesidad está concedida, no concedida o sin determinar. Queda sin determinar cuando la respuesta depende de un valor que rolecall no puede conocer (una condición sobre aws:SourceVpc, por ejemplo) o de una política que no pudo leer: rolecall nunca la da por concedida. El veredicto del { -role } es «concedido» cuando lo están todas sus necesidades, «no concedido» cuando alguna no lo está, y «sin determinar» en los demás casos (estado de salida 1, como una confianza sin determinar). check imprime una línea con el veredicto y las primeras necesidades no concedidas; su JSON da el veredicto ("granted": true, false o null) y cada necesidad con lo que la decidió: la política basada en identidad y su instrucción, el límite, cada nivel de { -scps }. Un { -pod-identity-role } no declara necesidades: lo que puede hacer lo decide usted.
book-granted-scps-heading = Si se tuvieron en cuenta las { -scps }
book-granted-scps-intro = El bloque permissions del JSON de check indica en "scps" si el veredicto tuvo en cuenta las { -scps }:
book-granted-scps-read = rolecall leyó las { -scps } de todos los niveles, desde la raíz hasta la cuenta (DescribeOrganization, ListParents hasta la raíz, ListPoliciesForTarget y DescribePolicy, a la vez que las lecturas del propio { -role }), y el veredicto las tiene en cuenta.
book-granted-scps-not-read = Quien llama no puede leerlas (AccessDenied, como ocurre desde la mayoría de las cuentas miembro): el veredicto las deja fuera y lo indica en una nota (scps-not-read), nunca en un error. Ejecute rolecall desde la cuenta de administración de la organización o desde un administrador delegado para tenerlas en cuenta.
book-granted-scps-not-applicable = No se aplica ninguna { -scp }: la cuenta no pertenece a ninguna organización, es la cuenta de administración de la organización o el { -role } es un rol vinculado a un servicio.
book-granted-not-read-heading = Lo que rolecall no lee
book-granted-not-read = No se leen las políticas basadas en recursos (la de un secreto, la de una clave de KMS, la de un repositorio), las políticas de control de recursos (RCP) ni las políticas de punto de conexión de VPC. Cualquiera de ellas puede denegar aun así una solicitud que rolecall considera concedida: si sus cuentas las usan, revíselas a mano.
book-granted-repair-heading = Lo que cambia repair y lo que nunca edita
book-granted-repair = repair adjunta la { -managed-policy } de la guía cuando ninguna política del { -role } concede una necesidad a la que sirve. Ya no adjunta una { -managed-policy } cuyas necesidades ya conceden las demás políticas del { -role }: es un cambio, ya que antes repair adjuntaba todas las políticas que nombra la guía. La política que falta es entonces una nota (policy-equivalent) para los { -roles } cuyas guías aceptan permisos equivalentes ({ $kinds }), y una advertencia (policy-missing-granted) para los demás. repair nunca edita un { -permissions-boundary }, una { -scp } ni una instrucción Deny: cuando alguno de ellos bloquea una necesidad, repair lo nombra entre lo que no cambia, no escribe nada para ello y termina con el estado de salida 1; lo que queda es lo que check encuentra después.
book-granted-examples-heading = Un ejemplo de cada hallazgo
book-granted-examples-intro = Cada ejemplo de abajo es un { -role } de la cuenta { $account }, evaluado por el propio código de rolecall; cada hallazgo se muestra tal como lo imprime check.
book-granted-example-not-granted = El { -node-role } tiene adjuntas las dos { -managed-policies } de su guía, pero la versión predeterminada de AmazonEKSWorkerNodePolicy que devuelve IAM no incluye ec2:DescribeInstances (los documentos de las políticas administradas por AWS cambian de una versión a otra y difieren según la partición). El nombre está; la necesidad no está concedida.
book-granted-example-denied = El { -node-role } tiene adjuntas las dos { -managed-policies }, y su { -inline-policy } guard tiene una instrucción Deny, NoDescribe, sobre ec2:DescribeInstances.
book-granted-example-boundary = El { -node-role } tiene adjuntas las dos { -managed-policies }, pero su { -permissions-boundary } solo permite s3:*.
book-granted-example-scp = El { -node-role } tiene adjuntas las dos { -managed-policies }, pero una { -scp } llamada NoEcr, asociada a la cuenta junto a FullAWSAccess, deniega ecr:*.
book-granted-example-undecided = El { -node-role } tiene adjuntas las dos { -managed-policies }, y una { -inline-policy } lo deniega todo salvo que aws:SourceVpc sea vpc-1: no se puede saber de antemano si una solicitud llega a través de esa VPC.
book-granted-example-scps-not-read = El { -node-role } es tal como lo crea su guía, pero quien llama no puede leer las { -scps } de la organización: ListParents responde AccessDenied.
book-granted-example-equivalent = El { -node-role } no tiene ninguna { -managed-policy } adjunta; una { -inline-policy } permite todas las necesidades de ambas, cada una sobre sus recursos. La guía del rol de nodo acepta permisos equivalentes.
book-granted-example-missing-granted = El { -task-execution-role } no tiene ninguna { -managed-policy } adjunta; una { -inline-policy } permite todas las necesidades de AmazonECSTaskExecutionRolePolicy. Su guía nombra la propia política.
# Entre los elementos de una enumeración en una frase.
book-list-separator = { ", " }
