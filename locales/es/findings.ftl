## Un mensaje por código de hallazgo (finding-CODE) y cómo resolverlo (finding-CODE-fix).

finding-role-missing = No hay ningún { -role } llamado { $role }.
finding-role-missing-fix = Créelo con rolecall create o indique un { -role } existente con --role-name.
finding-role-also-found = Hay otros { -roles } que también coinciden con los nombres de la guía: { $roles }.
finding-role-also-found-fix = Compruebe cada uno de ellos con --role-name.
finding-trust-invalid = No se puede leer la { -trust-policy }: { $detail }
finding-trust-invalid-fix = Corrija la { -trust-policy } a mano; rolecall no sobrescribe un documento que no puede leer.
finding-trust-principal-missing = La { -trust-policy } no permite que { $principal } asuma el { -role }.
finding-trust-principal-missing-fix = rolecall repair añade una instrucción para { $principal } y conserva las demás.
finding-trust-principal-partition = La { -trust-policy } confía en { $legacy }, pero no en { $principal }: en las Regiones de China, los grupos de nodos de EKS rechazan un { -role } de nodo que no confíe en { $principal }.
finding-trust-principal-partition-fix = rolecall repair añade una instrucción para { $principal } y conserva las demás.
finding-trust-source-arn-missing = La { -trust-policy } permite que { $principal } asuma el { -role } sin una condición aws:SourceArn (riesgo de { -confused-deputy }).
finding-trust-source-arn-missing-fix = rolecall repair --restrict-trust la limita a los perfiles de Fargate de los clústeres que indique.
finding-trust-cluster-not-covered = La condición aws:SourceArn no permite que los perfiles de Fargate del { -cluster } { $cluster } ({ $region }) asuman el { -role } (patrón de la guía: { $source_arn }).
finding-trust-cluster-not-covered-fix = rolecall repair, con el mismo --cluster, añade el { -cluster } a la condición existente o le dedica una instrucción propia.
finding-trust-extra-principal = La { -trust-policy } también permite que { $principal } asuma el { -role }.
finding-trust-extra-principal-fix = Si no la necesita, elimine esa entidad principal a mano; rolecall nunca retira la confianza.
finding-trust-shared-role = El { -role } también confía en { $principal }: las guías exigen { -roles } distintos para los nodos de EC2, los Pods de Fargate y el { -cluster }.
finding-trust-shared-role-fix = Cree un { -role } distinto para cada finalidad y elimine a mano la entidad principal que sobra.
finding-policy-missing = La { -managed-policy } { $policy } no está adjunta.
finding-policy-missing-fix = rolecall repair la adjunta.
finding-policy-outdated = { $policy } está adjunta en lugar de { $current } (publicada por AWS el { $date }), que exige la guía actual.
finding-policy-outdated-fix = rolecall repair adjunta { $current }; añada --replace-outdated para desasociar { $policy }.
finding-cni-on-node-role = { $policy } está adjunta al { -role } de nodo; la guía recomienda adjuntarla, mediante { -irsa }, al { -role } de la { -service-account } aws-node.
finding-cni-on-node-role-fix = Traslade la política a un { -role } para aws-node mediante { -irsa } y, después, desasóciela del { -role } de nodo.
finding-instance-profile-missing = El { -role } no está en ningún { -instance-profile } (la guía crea { $profile }).
finding-instance-profile-missing-fix = rolecall repair crea el { -instance-profile } y le añade el { -role }.
finding-instance-profile-taken = El { -instance-profile } { $profile } ya contiene { $role }; un perfil solo puede contener un { -role }.
finding-instance-profile-taken-fix = Use otro nombre de { -role } o quite a mano el otro { -role } del perfil.
finding-permission-missing = Falta el permiso opcional { $permission } ({ $policy }).
finding-permission-missing-fix = rolecall repair lo añade si se le pasa el mismo --with o --cni.
finding-policy-document-differs = La política { $policy } no concede lo mismo que el documento de la guía.
finding-policy-document-differs-fix = Compárela con rolecall show y corríjala a mano; rolecall no sobrescribe su política.
finding-json-invalid = JSON no válido en la línea { $line }, columna { $column }: { $detail }.
finding-json-invalid-fix = Corrija la sintaxis JSON en esa posición.
finding-json-duplicate-key = La clave «{ $key }» aparece dos veces en el mismo objeto (línea { $line }, columna { $column }); solo contaría uno de los valores.
finding-json-duplicate-key-fix = Ponga varios valores bajo una sola clave en forma de matriz, por ejemplo "aws:SourceArn": ["…", "…"].
finding-policy-structure = { $path } no tiene la forma que espera IAM: { $expected }.
finding-policy-structure-fix = Corrija el elemento indicado.
finding-version-missing = El documento no tiene Version; en ese caso, IAM usa 2008-10-17, que no admite variables de política.
finding-version-missing-fix = Añada "Version": "2012-10-17".
finding-version-unknown = «{ $version }» no es una versión del lenguaje de políticas (2012-10-17 o 2008-10-17).
finding-version-unknown-fix = Use "Version": "2012-10-17".
finding-arn-malformed = «{ $value }» en { $path } no es un ARN con el formato correcto.
finding-arn-malformed-fix = Escríbalo como arn:PARTICIÓN:SERVICIO:REGIÓN:CUENTA:RECURSO, sin espacios ni dos puntos de más.
finding-principal-malformed = «{ $value }» en { $path } no es una entidad principal válida.
finding-principal-malformed-fix = Use una { -service-principal } como ec2.amazonaws.com, un { -account-id } o un ARN de IAM.
finding-action-malformed = «{ $value }» en { $path } no es una acción con la forma servicio:Acción.
finding-action-malformed-fix = Escriba las acciones como servicio:Acción, por ejemplo sts:AssumeRole.
finding-placeholder-left = «{ $value }» en { $path } todavía contiene el marcador de posición { $placeholder } de la guía.
finding-placeholder-left-fix = Sustituya el marcador de posición por su valor real.
finding-policy-has-principal = { $path } tiene un elemento Principal, que una política de permisos no debe tener.
finding-policy-has-principal-fix = Elimine Principal o, si el documento es una { -trust-policy }, revíselo con --trust.
finding-trust-no-principal = { $path } de la { -trust-policy } no indica ningún Principal.
finding-trust-no-principal-fix = Añada el Principal que puede asumir el { -role }.
finding-trust-has-resource = { $path } de la { -trust-policy } tiene un elemento Resource, que IAM rechaza.
finding-trust-has-resource-fix = Quite Resource de la { -trust-policy }.
finding-trust-action-invalid = «{ $value }» en { $path } no es una acción que una { -trust-policy } pueda permitir.
finding-trust-action-invalid-fix = Use sts:AssumeRole (o sts:AssumeRoleWithWebIdentity, sts:TagSession...).
finding-audit-role-shared = El { -role } { $role } actúa a la vez como { -role } de nodo y como { -pod-execution-role } para Fargate; las guías exigen { -roles } distintos.
finding-audit-role-shared-fix = Cree un { -role } distinto para los perfiles de Fargate, configúrelos para que lo usen y, después, elimine a mano la otra entidad principal.
finding-audit-cluster-several-roles = Hay varios { -roles } de Fargate que abarcan el { -cluster } { $cluster }: { $roles }.
finding-audit-cluster-several-roles-fix = Mantenga un solo { -pod-execution-role } por { -cluster }, salvo que los perfiles necesiten permisos distintos.
finding-audit-node-no-instance-profile = El { -role } de nodo { $role } no está en ningún { -instance-profile }; los nodos autoadministrados necesitan uno (los grupos de nodos administrados crean el suyo propio).
finding-audit-node-no-instance-profile-fix = Para los nodos autoadministrados, cree un { -instance-profile } y añádale el { -role }.

## El veredicto de confianza: la evaluación de la política de confianza tal como la hace IAM.

finding-trust-not-principal = La instrucción { $statement } usa NotPrincipal, que IAM no admite en una { -trust-policy }; rolecall no evalúa una política así.
finding-trust-not-principal-fix = Indique a mano quién puede asumir el { -role } con Principal en su lugar.
finding-trust-denied = { $scope ->
    [cluster] La instrucción { $statement } deniega el acceso a { $principal } para los perfiles de Fargate del { -cluster } { $cluster } ({ $region }): un Deny explícito prevalece sobre cualquier Allow.
   *[role] La instrucción { $statement } deniega el acceso a { $principal }: un Deny explícito prevalece sobre cualquier Allow.
}
finding-trust-denied-fix = rolecall nunca modifica una instrucción Deny. Si el servicio debe asumir el { -role }, restrinja o elimine esa instrucción a mano.
finding-trust-condition-unmet = { $scope ->
    [cluster] La instrucción { $statement } solo permite el acceso a { $principal } si se cumple su condición { $operator } sobre { $key }, y las solicitudes para el { -cluster } { $cluster } ({ $region }) no la cumplen.
   *[role] La instrucción { $statement } solo permite el acceso a { $principal } si se cumple su condición { $operator } sobre { $key }, y las solicitudes del servicio no la cumplen.
}
finding-trust-condition-unmet-fix = rolecall repair añade la instrucción de la guía junto a ella; nunca cambia sus condiciones.
finding-trust-undecided = { $scope ->
    [cluster] Que { $principal } pueda asumir el { -role } para el { -cluster } { $cluster } ({ $region }) depende de la condición { $operator } sobre { $key } de la instrucción { $statement }, cuyo valor rolecall no puede conocer.
   *[role] Que { $principal } pueda asumir el { -role } depende de la condición { $operator } sobre { $key } de la instrucción { $statement }, cuyo valor rolecall no puede conocer.
}
finding-trust-undecided-fix = Compruebe esa condición a mano (la hora, su organización, las etiquetas de la solicitud); rolecall no intenta adivinarla.
finding-trust-cluster-partly-covered = Solo algunos perfiles de Fargate del { -cluster } { $cluster } ({ $region }) pueden asumir el { -role }: un perfil como { $allowed } puede, pero uno como { $denied } no. Un patrón que nombra un perfil abarca ese perfil, no el { -cluster }.
finding-trust-cluster-partly-covered-fix = rolecall repair, con el mismo --cluster, añade el { -cluster } completo a la condición.
finding-trust-principal-partition-legacy = La { -trust-policy } confía en { $legacy }, pero no en { $principal }, la { -service-principal } de EC2 que se documenta para las Regiones de China. Amazon ECS acepta cualquiera de las dos.
finding-trust-principal-partition-legacy-fix = rolecall repair añade una instrucción para { $principal } y conserva las demás.
finding-policy-superseded = Están adjuntas tanto { $current } como { $policy }, la política anterior a la que sustituye.
finding-policy-superseded-fix = rolecall repair --replace-outdated desasocia { $policy }.
finding-repair-cannot-cover = La { -trust-policy } que escribiría rolecall seguiría sin permitir que el { -cluster } { $cluster } ({ $region }) asuma el { -role }, por lo que rolecall no ha escrito nada.
finding-repair-cannot-cover-fix = Los hallazgos de la comprobación indican qué lo impide (un Deny o una condición que rolecall no modifica): cámbielo a mano y vuelva a ejecutar repair.
finding-repair-would-narrow = La { -trust-policy } que escribiría rolecall le quitaría a { $principal } algo que ahora puede hacer{ PRESENT($example) ->
    [yes] {" "}(por ejemplo, para { $example })
   *[no] {""}
}, por lo que rolecall no ha escrito nada.
finding-repair-would-narrow-fix = rolecall solo añade elementos a una { -trust-policy }; modifique esta a mano.
## lint: textos, comandos y nombres
finding-principal-no-cn-form = «{ $value }» en { $path } no es una entidad principal: { $principal } no tiene forma .cn, tampoco en China.
finding-principal-no-cn-form-fix = Escriba { $principal }.
finding-principal-cn-undocumented = «{ $value }» en { $path }: AWS no documenta ninguna forma .cn de { $principal }. Sus páginas de China muestran { $principal }, y hay usuarios que informan de que IAM rechaza eks.amazonaws.com.cn.
finding-principal-cn-undocumented-fix = Escriba { $principal }.
finding-arn-corrected = «{ $value }» en { $path } no es un ARN con el formato correcto; ¿quería decir { $corrected }?
finding-arn-corrected-fix = Escriba { $corrected }.
finding-aws-policy-unknown = { $value } en { $path } no corresponde a ninguna { -aws-managed-policy }; ¿quería decir { $suggestion }?
finding-aws-policy-unknown-fix = Use { $suggestion }: el ARN de una { -aws-managed-policy } lleva su nombre exacto y su ruta, como service-role/.
finding-aws-policy-not-listed = { $value } en { $path } no corresponde a ninguna { -aws-managed-policy } que rolecall conozca (su lista procede de { $source }).
finding-aws-policy-not-listed-fix = Compruebe el nombre con aws iam get-policy; una política propia lleva en su ARN su { -account-id }, no aws.
finding-customer-policy-arn = «{ $value }» en { $path } no es el ARN de la { -customer-managed-policy } { $policy }: ese ARN es arn:PARTICIÓN:iam::ID-DE-CUENTA:policy/{ $policy }, con su { -account-id } de 12 dígitos.
finding-customer-policy-arn-fix = Escriba el ARN con su { -account-id } de 12 dígitos (nunca aws) y policy/ delante del nombre.
finding-name-not-created = { $value } ({ $path }) no se crea en ningún lugar de este texto; ¿quería decir { $created }, que se crea en la línea { $created_line }?
finding-name-not-created-fix = Use el nombre con el que se creó, { $created }.
finding-policy-name-unknown = El texto nombra la política { $value }, que no existe; ¿quería decir { $suggestion }?
finding-policy-name-unknown-fix = Llame a la política por su nombre real, { $suggestion }.
finding-command-policy-outdated = Este comando adjunta { $policy } a { $role }; la guía actual adjunta en su lugar { $current } (publicada por AWS el { $date }).
finding-command-policy-outdated-fix = Adjunte { $current } en lugar de { $policy }.
finding-json-fragment-duplicate-key = Si se añade esta línea al documento anterior, { $key } aparecerá dos veces en el mismo objeto; solo contaría uno de los valores.
finding-json-fragment-duplicate-key-fix = Añada el valor a la clave { $key } existente, en una matriz: "{ $key }": ["…", "…"].
finding-resource-no-principal = { $path } de la política basada en recursos no nombra ningún Principal.
finding-resource-no-principal-fix = Añada el Principal al que se aplica la instrucción.

## Los roles del clúster de EKS, del modo automático de EKS, de ejecución de tareas de ECS y de Pod Identity de EKS.

finding-trust-action-missing = La { -trust-policy } permite a { $principal } llamar a algunas de las acciones que necesita, pero no a { $action }.
finding-trust-action-missing-fix = rolecall repair agrega una instrucción que permite { $action } a { $principal } con las mismas condiciones y conserva las demás.
finding-trust-scoped = { $principal } solo puede asumir el { -role } para los Pods cuyas { -session-tags } cumplen: { $conditions }.
finding-trust-scoped-fix = No hay nada que corregir: es el alcance que la { -trust-policy } da al { -role }. Compruebe que nombra los clústeres, espacios de nombres y cuentas de servicio que usted quiere.
finding-audit-cluster-node-shared = El { -role } { $role } actúa a la vez como { -cluster-role } y como { -role } de nodo; las guías no permiten usar el { -role } del { -cluster } en los nodos.
finding-audit-cluster-node-shared-fix = Cree un { -role } de nodo aparte, asígnelo a los nodos y, después, quite EC2 a mano de la { -trust-policy } del { -role } del { -cluster }.
finding-audit-confused-deputy = El { -role } { $role } permite que { $principal } lo asuma en nombre de cualquier cuenta: su { -trust-policy } no tiene ninguna condición sobre aws:SourceAccount ni aws:SourceArn (riesgo de { -confused-deputy }).
finding-audit-confused-deputy-fix = Agregue a mano a su instrucción Allow una condición StringEquals sobre aws:SourceAccount (su { -account-id }) o ArnLike sobre aws:SourceArn (arn:aws:ecs:REGION:ACCOUNT:*), nunca el ARN de un solo clúster, que impide lanzar tareas; rolecall nunca restringe la confianza por su cuenta.
finding-audit-trust-unreadable = No se puede leer la { -trust-policy } del { -role } { $role } ({ $detail }), así que audit no puede saber si el { -role } sirve a alguno de los propósitos que comprueba.
finding-audit-trust-unreadable-fix = Corrija la { -trust-policy } a mano y vuelva a ejecutar audit; rolecall no sobrescribe un documento que no puede leer.
finding-permission-not-granted = Ninguna política del { -role } permite { $action } en { $resource }, que su carga de trabajo necesita (necesidades afectadas en total: { $count }).
finding-permission-not-granted-fix = rolecall repair adjunta la { -managed-policy } de la guía; también puede conceder la acción en una política propia.
finding-permission-denied = La instrucción Deny { $statement } de { $policy } impide al { -role } realizar { $action } en { $resource }, que su carga de trabajo necesita (necesidades afectadas en total: { $count }).
finding-permission-denied-fix = Restrinja o elimine esa instrucción a mano; rolecall nunca elimina una instrucción.
finding-permission-blocked-by-boundary = El { -permissions-boundary } { $policy } { PRESENT($statement) ->
    [yes] deniega { $action } en { $resource } (instrucción { $statement })
   *[no] no permite { $action } en { $resource }
}, que la carga de trabajo del { -role } necesita (necesidades afectadas en total: { $count }): las políticas propias del { -role } no pueden conceder más de lo que permite su límite.
finding-permission-blocked-by-boundary-fix = Permita la acción en el { -permissions-boundary } (o quite el límite) a mano; rolecall nunca edita un { -permissions-boundary }.
finding-permission-blocked-by-scp = { PRESENT($policy) ->
    [yes] La { -scp } { $policy } asociada a { $target } deniega { $action } en { $resource } (instrucción { $statement })
   *[no] Ninguna { -scp } asociada a { $target } permite { $action } en { $resource }
}, que la carga de trabajo del { -role } necesita (necesidades afectadas en total: { $count }).
finding-permission-blocked-by-scp-fix = Pida a los administradores de su organización que permitan la acción en ese nivel; rolecall nunca edita una { -scp }.
finding-permission-undecided = Si el { -role } puede llamar a { $action } en { $resource }, que su carga de trabajo necesita, { PRESENT($key) ->
    [yes] depende de { $key }, cuyo valor rolecall no puede conocer
   *[no] no se puede determinar
} (necesidades afectadas en total: { $count }).
finding-permission-undecided-fix = Compruebe esa condición a mano; rolecall no intenta adivinarla.
finding-scps-not-read = No se han leído las { -scps } de la cuenta ({ $value }): los veredictos sobre permisos no las tienen en cuenta.
finding-scps-not-read-fix = Ejecute rolecall desde la cuenta de administración de la organización (o desde una cuenta de administrador delegado) para tenerlas en cuenta.
finding-policy-equivalent = La { -managed-policy } { $policy } no está adjunta, pero las demás políticas del { -role } conceden todo lo que ella concede y la carga de trabajo necesita; la guía acepta permisos equivalentes.
finding-policy-equivalent-fix = No hay nada que hacer; rolecall repair no la adjunta.
finding-policy-missing-granted = La { -managed-policy } { $policy } no está adjunta. Las demás políticas del { -role } conceden todo lo que ella concede y la carga de trabajo necesita, pero la guía nombra la propia política.
finding-policy-missing-granted-fix = Adjúntela a mano si sigue la guía al pie de la letra; rolecall repair no adjunta lo que ya está concedido.

## Lo que IAM espera en un elemento de una política ({ $expected } de policy-structure) y lo
## que falla en un texto que no es JSON ({ $detail } de json-invalid).

policy-expected-document = un objeto con Version y Statement
policy-expected-document-key = uno de estos elementos: Version, Id, Statement
policy-expected-statements = un objeto de instrucción o una matriz no vacía de instrucciones
policy-expected-statement = un objeto
policy-expected-statement-key = uno de estos elementos: Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition
policy-expected-effect = "Allow" o "Deny"
policy-expected-string = una cadena
policy-expected-string-or-list = una cadena o una matriz de cadenas
policy-expected-principal = "*" o un objeto que asocie los tipos de entidad principal (Service, AWS, Federated) con sus valores
policy-expected-condition-operators = un objeto de operadores de condición
policy-expected-condition-keys = un objeto de claves de condición
policy-expected-condition-values = una cadena, un booleano o un número, o una matriz de ellos
policy-expected-one-of-action-not-action = exactamente uno de Action o NotAction
policy-expected-at-most-one-principal = como máximo uno de Principal o NotPrincipal
policy-expected-at-most-one-resource = como máximo uno de Resource o NotResource
json-syntax-eof = el texto termina antes que el JSON
json-syntax-expected-colon = falta un signo de dos puntos (:) después de una clave
json-syntax-expected-comma-or-end = falta una coma o un corchete o una llave de cierre
json-syntax-expected-value = aquí se esperaba un valor
json-syntax-key-not-string = la clave de un objeto debe ser una cadena entre comillas dobles
json-syntax-trailing-comma = hay una coma sin ningún valor detrás
json-syntax-trailing-characters = hay más texto después del JSON
json-syntax-invalid-string = una cadena contiene un escape, un carácter de control o un punto de código no válido
json-syntax-invalid-number = un número no es válido o está fuera de rango
json-syntax-too-deep = el JSON tiene demasiados niveles de anidamiento
json-syntax-too-large = el texto es más grande que cualquier documento de política, así que no se ha leído
json-syntax-other = el texto no es JSON válido

## Issue 19, puntos 18 y 19: Amazon EKS en Fargate en AWS GovCloud (US); una política anterior que concede más que la que la sustituye.
finding-fargate-unavailable = Amazon EKS en Fargate no está disponible en la partición { $partition } (AWS GovCloud (US)): ningún pod puede usar este { -role } ahí.
finding-fargate-unavailable-fix = No hay nada que reparar: rolecall no crea ningún { -pod-execution-role } en { $partition }. Ejecute los pods en nodos, o en Fargate en otra partición.
finding-policy-superseded-wider = Están adjuntas tanto { $current } como { $policy }, la política anterior a la que sustituye: IAM suma los permisos de todas las políticas adjuntas, así que los permisos más amplios de { $policy } siguen en vigor.
finding-policy-superseded-wider-fix = rolecall repair --replace-outdated desasocia { $policy }.

## Lo que doctor encuentra en los vínculos entre un clúster de EKS y sus roles (issue 21).
finding-fargate-role-node-group-shared = El { -fargate-profile } { $fargate_profile } usa { $role }, que también es el { -role } de nodo del { -node-group } { $node_group }: la guía de Fargate exige un { -role } propio.
finding-fargate-role-node-group-shared-fix = Cree un { -pod-execution-role } aparte (rolecall create fargate-pod-execution --cluster …) y un nuevo { -fargate-profile } que lo use.
finding-fargate-profile-not-trusted = La { -trust-policy } de { $role } no admite el { -fargate-profile } { $fargate_profile }: su ARN { $source_arn } no está permitido{ PRESENT($statement) ->
    [yes] {" "}(instrucción { $statement }, { $key })
   *[no] {""}
}. Sus pods se quedan en Pending.
finding-fargate-profile-not-trusted-fix = rolecall repair fargate-pod-execution --role-name … --cluster con el ARN de este clúster añade el clúster del perfil a la condición aws:SourceArn.
finding-fargate-profile-trust-undecided = Que la { -trust-policy } de { $role } admita el { -fargate-profile } { $fargate_profile } depende de { $key } (instrucción { $statement }), cuyo valor rolecall no puede conocer.
finding-fargate-profile-trust-undecided-fix = Compruebe esa condición a mano; rolecall no la adivina.
finding-access-entry-missing = El { -cluster } usa solo { -access-entries } y { $role } no tiene ninguna { -access-entry } de tipo { $entry_type }{ PRESENT($found) ->
    [yes] {" "}(su entrada es de tipo { $found })
   *[no] {""}
}: sus nodos o pods no pueden unirse al { -cluster }.
finding-access-entry-missing-fix = aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type } (antes, elimine una entrada de tipo incorrecto).
finding-access-entry-missing-aws-auth = { $role } no tiene ninguna { -access-entry } de tipo { $entry_type }{ PRESENT($found) ->
    [yes] {" "}(su entrada es de tipo { $found })
   *[no] {""}
}; en el { -authentication-mode } API_AND_CONFIG_MAP puede asignarlo el ConfigMap aws-auth, que rolecall no puede leer.
finding-access-entry-missing-aws-auth-fix = Revise aws-auth (kubectl -n kube-system get configmap aws-auth) o cree la entrada: aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type }.
finding-access-policy-missing = La { -access-entry } del { -role } de nodo del { -auto-mode } { $role } no tiene asociada { $policy }: los nodos del modo automático no pueden unirse.
finding-access-policy-missing-fix = aws eks associate-access-policy --cluster-name CLUSTER --principal-arn { $role } --policy-arn arn:aws:eks::aws:cluster-access-policy/{ $policy } --access-scope type=cluster
finding-access-entry-stale = La { -access-entry } de { $role } se creó el { $entry_created }, antes que el { -role } ({ $role_created }): pertenece a un { -role } eliminado con el mismo ARN y ya no funciona.
finding-access-entry-stale-fix = Elimine la entrada y vuelva a crearla: aws eks delete-access-entry y luego aws eks create-access-entry con el mismo --principal-arn y --type.
finding-access-entry-role-missing = Una { -access-entry } de tipo { $entry_type } nombra { $role }, que no existe.
finding-access-entry-role-missing-fix = Elimine la entrada (aws eks delete-access-entry --principal-arn { $role }) o cree el { -role } y después, otra vez, la entrada.
finding-aws-auth-unread = El { -cluster } { $cluster } está en el { -authentication-mode } CONFIG_MAP: sus { -roles } se asignan en el ConfigMap aws-auth, un objeto de Kubernetes que rolecall no puede leer, así que esas asignaciones no se comprueban.
finding-aws-auth-unread-fix = Revise aws-auth con kubectl -n kube-system get configmap aws-auth, o pase a { -access-entries } (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP).
finding-aws-auth-role-path = { $role } tiene una ruta: aws-auth solo lo reconoce escrito sin la ruta, como { $value }.
finding-aws-auth-role-path-fix = En aws-auth, escriba rolearn: { $value }.
finding-oidc-provider-missing = Hay { -roles } que confían en el emisor OIDC { $issuer } del { -cluster } ({ $roles }), pero la cuenta no tiene ningún { -oidc-provider } para él: sus pods no pueden asumirlos.
finding-oidc-provider-missing-fix = eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve, o aws iam create-open-id-connect-provider --url { $issuer } --client-id-list sts.amazonaws.com
finding-pod-identity-tags-rejected = { $role } confía en { -pod-identity }, pero no para { $namespace }/{ $service_account }: las { -session-tags } que EKS establece para esta asociación no cumplen la instrucción { $statement } ({ $key }).
finding-pod-identity-tags-rejected-fix = Amplíe la condición sobre { $key } para que incluya esta asociación, o asocie otro { -role }.
finding-pod-identity-tags-undecided = Que { $role } admita { $namespace }/{ $service_account } depende de { $key } (instrucción { $statement }), que cambia de un pod a otro y que rolecall no puede conocer.
finding-pod-identity-tags-undecided-fix = Compruebe esa condición a mano; rolecall no la adivina.
finding-pod-identity-target-not-trusted = El { -role } de destino { $role } no permite que el { -role } de la asociación, { $principal }, lo asuma{ PRESENT($statement) ->
    [yes] {" "}(instrucción { $statement }, { $key })
   *[no] {""}
}.
finding-pod-identity-target-not-trusted-fix = Añada a la { -trust-policy } del { -role } de destino una instrucción que permita a { $principal } sts:AssumeRole y sts:TagSession, con el ID externo de la asociación como sts:ExternalId.
finding-pod-identity-target-undecided = Que el { -role } de destino { $role } permita que { $principal } lo asuma depende de { $key } (instrucción { $statement }), cuyo valor rolecall no puede conocer.
finding-pod-identity-target-undecided-fix = Compruebe esa condición a mano; rolecall no la adivina.
finding-eks-not-read = No se pudo leer { $api } ({ $value }): lo que decide queda fuera, sin suponer nada.
finding-eks-not-read-fix = Permita al autor de la llamada usar { $api }, o use un punto de conexión que lo ofrezca.
