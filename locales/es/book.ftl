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
book-erratum-fargate-old-trust = En la guía en japonés, que es una versión anterior, la { -trust-policy } no tiene ninguna condición aws:SourceArn. La guía actual añade una por cada { -cluster } para evitar el problema del { -confused-deputy }; rolecall emite una advertencia cuando una { -trust-policy } no la tiene.
book-erratum-fargate-duplicate-key = La guía propone añadir una segunda línea «aws:SourceArn» para otro { -cluster }, pero si un objeto tiene dos claves con el mismo nombre, una sobrescribe a la otra. rolecall pone todos los patrones en una sola matriz, y lint informa de las claves duplicadas.
book-erratum-fargate-region-code = region-code, my-cluster y 111122223333 son marcadores de posición; una { -trust-policy } que aún contenga region-code no coincide con nada. rolecall lint informa de los marcadores de posición que queden en un documento.
book-erratum-node-pull-only = La guía en japonés, que es una versión anterior, pide AmazonEC2ContainerRegistryReadOnly. Desde el 2023-10-03, la guía pide AmazonEC2ContainerRegistryPullOnly; rolecall advierte de ReadOnly y, al reparar, adjunta PullOnly (con --replace-outdated, además, desasocia ReadOnly).
book-erratum-node-arn-space = La guía en chino tradicional escribe los ARN de las políticas con un espacio, como «arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy», e IAM los rechaza. rolecall lint informa de los ARN mal formados.
book-erratum-node-cn-principal = En China (aws-cn), la { -service-principal } de EC2 es ec2.amazonaws.com.cn, no ec2.amazonaws.com, como indican las guías.
book-erratum-node-cni-irsa = La política de VPC CNI sigue figurando en los pasos del { -role } de nodo, pero las guías recomiendan adjuntarla a un { -role } propio de la { -service-account } aws-node; por eso rolecall solo la añade con --cni.
book-erratum-ecs-policy-name = El texto de la guía en español llama a la política «AmazonEC2ContainerServiceRoleForEC2Role»; su nombre real, el que se usa en el comando, es AmazonEC2ContainerServiceforEC2Role, con la ruta service-role/.
book-erratum-ecs-s3-arn = Al ARN «arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess» de la guía le sobra un signo de dos puntos; el correcto es arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess.
book-erratum-ecs-cwlogs-arn = El ARN «arn:aws:iam:111122223333:aws:policy/cwlogspolicy» de la guía está mal formado; el ARN de esta { -customer-managed-policy } es arn:aws:iam::111122223333:policy/cwlogspolicy.
book-erratum-ecs-cwlogs-query = La consulta de list-policies de la guía busca «cwlogsppolicy», una errata del nombre cwlogspolicy, que es la política que se acaba de crear.
book-erratum-ecs-logs-partition = Las políticas de CloudWatch Logs y de IPv6 de las guías llevan arn:aws: escrito de forma fija; en aws-cn y aws-us-gov, rolecall escribe el prefijo propio de la partición.
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
book-json-lint = Los hallazgos de un documento de política.
book-json-error = Cualquier comando que falle muestra este objeto (y el mensaje en la salida de error estándar).

book-chapter-permissions = Permisos de IAM que necesita rolecall
book-permissions-intro = rolecall permissions COMANDO muestra la política de privilegio mínimo que necesita una entidad principal para ejecutar un comando. check solo realiza lecturas.
book-findings-verdict = Si un servicio puede asumir un { -role } se decide igual que lo decide IAM: un Deny explícito prevalece, un Allow solo se aplica cuando coinciden su Principal, su Action y todas sus condiciones, y una condición sobre un valor que rolecall no puede conocer (la hora, su organización, las etiquetas de la solicitud) deja el veredicto sin determinar, nunca correcto. Para el { -role } de Fargate, un { -cluster } solo se considera abarcado cuando todos los perfiles de Fargate que pudiera tener, se llamen como se llamen, pueden asumir el { -role }. repair solo añade (una instrucción, o patrones de { -cluster } a una instrucción Allow cuyas demás condiciones los dejan pasar), evalúa el resultado antes de escribir y no escribe nada si el cambio denegara algo que antes se permitía o si siguiera sin abarcar un { -cluster } que usted ha indicado.

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
