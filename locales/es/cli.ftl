## La línea de comandos: ayuda, encabezados, errores y resultados.

app-about = Comprueba, crea y repara los { -roles } de IAM que necesita la capacidad de cómputo de EKS y ECS.
app-long-about = rolecall comprueba los { -roles } de IAM de una cuenta de AWS según las guías de AWS del { -pod-execution-role }, del { -node-role }, del { -container-instance-role }, del { -cluster-role } (también el del { -auto-mode }), del { -auto-node-role }, del { -task-execution-role } y de los { -roles } de { -pod-identity }; los crea tal como indican las guías y corrige las desviaciones sin eliminar nada.

heading-usage = Uso:
heading-options = Opciones
heading-global = Opciones globales
heading-context = Contexto del { -role }
heading-arguments = Argumentos
heading-commands = Comandos
heading-examples = Ejemplos:

value-options = OPCIONES
value-command = COMANDO
value-kind = TIPO
value-file = ARCHIVO
value-lang = IDIOMA
value-output = FORMATO
value-backend = DESTINO
value-state = ARCHIVO
value-profile = PERFIL
value-region = REGIÓN
value-endpoint-url = URL
value-cli-read-timeout = SEGUNDOS
value-cli-connect-timeout = SEGUNDOS
value-partition = PARTICIÓN
value-cluster = CLÚSTER
value-cluster-region = REGIÓN
value-account = CUENTA
value-cni = FAMILIA
value-with = PERMISO
value-role-name = NOMBRE
value-path = RUTA
value-none = (no hay)
value-stdin = entrada estándar

cmd-roles = Lista los { -roles } que conoce rolecall
cmd-roles-long = Lista los { -roles } que conoce rolecall, el nombre que les da cada guía y quién puede asumirlos.
cmd-show = Muestra la definición de un { -role }
cmd-show-long = Muestra cómo debe ser un { -role } en un contexto determinado: su { -trust-policy }, los documentos de { -managed-policy } y de { -inline-policy }, y su { -instance-profile }. No lee ni escribe nada en IAM.
cmd-check = Comprueba un { -role } de la cuenta según su guía
cmd-check-long = Lee el { -role } de IAM y lo compara con su guía. Nunca escribe nada. Estado de salida: 0 si el { -role } cumple su función (las advertencias se muestran), 1 si tiene algún error (o alguna advertencia, con --strict), 3 si no se puede consultar IAM.
cmd-create = Crea un { -role } tal como indica su guía
cmd-create-long = Crea un { -role } que no existe, con su { -trust-policy }, sus políticas y su { -instance-profile }. Si el { -role } ya existe, lo deja como está: en ese caso, use repair. Con --dry-run, en lugar de crearlo, muestra el plan y los comandos aws iam equivalentes. Si una ejecución anterior de create se interrumpió, volver a ejecutarla la completa.
cmd-repair = Repara un { -role } que se ha desviado de su guía
cmd-repair-long = Añade lo que le falta a un { -role }: una instrucción de la { -trust-policy }, los perfiles de Fargate de un { -cluster }, una política o un { -instance-profile }. No elimina nada de lo que ya tiene el { -role } ni restringe nunca quién puede asumirlo, salvo que se pida con --replace-outdated o --restrict-trust.
cmd-lint = Busca errores en documentos de política y comandos aws iam
cmd-lint-long = Revisa cualquier texto: un documento de política, un script de shell, un runbook en Markdown o una página de una guía copiada del navegador. Revisa cada documento de política que contenga (JSON, en un bloque de código o no) y cada comando aws iam: JSON, claves duplicadas, Version, ARN, entidades principales, acciones, marcadores de posición que hayan quedado de las guías, nombres y rutas de las políticas administradas por AWS, y nombres que se usan sin haberse creado. Cada documento se revisa según el comando que lo lee o, si no, según sus instrucciones ({ -trust-policy }, política de permisos o política basada en recursos); --trust o --permissions lo deciden para todos. Estado de salida: 0 si no hay problemas, 1 si se detecta alguno, 2 si no se puede leer el archivo.
cmd-permissions = Muestra la política de IAM que necesita el propio rolecall
cmd-permissions-long = Muestra la política de IAM de privilegio mínimo que necesita una entidad principal para ejecutar un comando de rolecall (check, create, repair o audit), lista para adjuntar.

arg-lang = Idioma de la salida: en, es, ja, zh-TW, zh-CN [predeterminado: según LC_ALL, LC_MESSAGES, LANG]
arg-output = Formato de la salida: text, json o jsonl (un objeto JSON por línea; audit emite uno por cada resultado) [predeterminado: text]
arg-backend = Dónde está IAM: aws, o mock (un entorno aislado local) [predeterminado: aws]
arg-state = El archivo de estado del entorno mock, que se crea legible solo por usted [predeterminado: $ROLECALL_MOCK_STATE, o $XDG_STATE_HOME/rolecall/mock-iam.json]
arg-profile = Usa este perfil de los archivos compartidos de configuración y credenciales de AWS
arg-region = La Región de AWS, que también determina la partición (cn-* es aws-cn, us-gov-* es aws-us-gov)
arg-endpoint-url = Envía las solicitudes de IAM y STS a esta URL en lugar de a la de AWS
arg-cli-read-timeout = Segundos que cada intento de una llamada a IAM espera una respuesta [predeterminado: 60]
arg-cli-connect-timeout = Segundos que cada intento de una llamada a IAM espera una conexión [predeterminado: 60]
arg-no-color = No colorea nunca la salida (NO_COLOR tiene el mismo efecto)
arg-verbose = Muestra en la salida de error estándar cada llamada a IAM y su duración
arg-version = Muestra la versión
arg-help = Muestra la ayuda (--help muestra más que -h)
arg-partition = La partición de AWS: aws, aws-cn o aws-us-gov [predeterminado: según la Región]
arg-cluster = Nombre o ARN de un { -cluster } de EKS cuyos perfiles de Fargate pueden usar el { -role }; * para todos los clústeres; repítalo para indicar más
arg-cluster-region = La Región de los clústeres; * para todas las Regiones [predeterminado: según el ARN del { -cluster } o --region]
arg-account = El { -account-id } de 12 dígitos al que pertenecen los clústeres y las políticas [predeterminado: el de las credenciales en uso]
arg-cni = Solo para el { -node-role }: concede también la política de VPC CNI para clústeres ipv4 o ipv6; es mejor adjuntarla al { -role } de aws-node mediante { -irsa } [predeterminado: none]
arg-with = Un permiso opcional: ecr-pull, cloudwatch-logs o s3-read-only (ecs-instance); secrets o private-registry (ecs-task-execution); repítalo para indicar más
arg-role-name = El nombre del { -role } (obligatorio para eks-pod-identity) [predeterminado: el de la guía]
arg-path = La ruta de IAM de los { -roles } y perfiles de instancia nuevos [predeterminado: /]
arg-strict = Sale también con el estado 1 si hay advertencias
arg-dry-run = Muestra el plan y los comandos aws iam equivalentes, sin cambiar nada
arg-replace-outdated = Desasocia una política que la guía actual ha sustituido (AmazonEC2ContainerRegistryReadOnly) una vez adjuntada la que la reemplaza
arg-restrict-trust = Añade una condición aws:SourceArn a una { -trust-policy } de Fargate que no la tenga; así se restringe quién puede asumir el { -role }
arg-trust = Revisa cada documento como una { -trust-policy }
arg-kind = El { -role }: fargate-pod-execution, eks-node, ecs-instance, eks-cluster, eks-auto-node, ecs-task-execution o eks-pod-identity
arg-file = Un documento de política, script, runbook o página de una guía; - lee la entrada estándar
arg-for = El comando: check, create, repair o audit

examples-rolecall =
    rolecall roles
    rolecall check eks-node --profile prod
    rolecall --backend mock create fargate-pod-execution --cluster prod --cluster-region us-west-2
examples-show =
    rolecall show eks-node --cni ipv6 --partition aws-cn
    rolecall show fargate-pod-execution --cluster a --cluster b --cluster-region eu-west-1 --output json
examples-check =
    rolecall check eks-node
    rolecall check fargate-pod-execution --cluster arn:aws:eks:us-west-2:111122223333:cluster/prod --strict
examples-create =
    rolecall create ecs-instance --with cloudwatch-logs --dry-run
    rolecall create fargate-pod-execution --cluster '*' --cluster-region '*'
examples-repair =
    rolecall repair fargate-pod-execution --cluster new-cluster --cluster-region us-west-2
    rolecall repair eks-node --replace-outdated
examples-lint =
    rolecall lint trust.json --trust
    cat policy.json | rolecall lint -
    rolecall lint runbook.md --output json
examples-permissions =
    rolecall permissions check
    rolecall permissions create --account 111122223333

label-error = error:

clap-unknown-argument = opción desconocida «{ $arg }»
clap-unknown-command = comando desconocido «{ $command }»
clap-missing-argument = falta un argumento obligatorio: { $arg }
clap-missing-command = se requiere un comando
clap-invalid-value = «{ $value }» no es un valor válido para { $arg }
clap-missing-value = { $arg } necesita un valor
clap-unexpected-value = { $arg } no admite más valores; no se esperaba «{ $value }»
clap-conflict = { $arg } no se puede usar aquí
clap-other = no se ha podido leer la línea de comandos
clap-suggestion = ¿quería decir «{ $suggestion }»?
clap-valid-values = valores permitidos: { $values }
clap-more-help = Para obtener más información, pruebe --help.

severity-error = error
severity-warning = advertencia
severity-info = nota

summary-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }, { $notes ->
        [one] 1 nota
       *[other] { $notes } notas
    }

field-account = --account
field-region = --region
field-cluster-region = --cluster-region
field-cluster = --cluster
field-role-name = --role-name
field-policy-name = el nombre de la política
field-instance-profile-name = el nombre del { -instance-profile }
field-path = --path
field-partition = --partition
field-kind = TIPO
field-cni = --cni
field-with = --with
field-arn = el ARN
field-lang = --lang
field-output = --output
field-backend = --backend
field-endpoint-url = --endpoint-url
field-concurrency = --concurrency
field-timeout = el tiempo de espera
field-cli-read-timeout = --cli-read-timeout
field-cli-connect-timeout = --cli-connect-timeout

hint-cluster = indique un { -cluster } (o * para todos los clústeres), ya que la { -trust-policy } se limita a sus perfiles de Fargate
hint-cluster-region = indique --cluster-region, un ARN de { -cluster } o --region
hint-backend = indique --state ARCHIVO o defina ROLECALL_MOCK_STATE, ya que no se ha encontrado ningún directorio personal

error-missing-value = Falta { $flag }: { $hint }.
error-invalid-value = «{ $value }» no es válido para { $flag }: { $rule }.
rule-digits = se esperaban exactamente { $count } dígitos
rule-iam-name = se esperaban de 1 a { $max } caracteres entre A-Z a-z 0-9 + = , . @ _ -
rule-cluster-name = se esperaban de 1 a 100 letras, dígitos, - y _, empezando por una letra o un dígito
rule-region-code = se esperaba un código de Región como us-west-2
rule-one-of = se esperaba uno de estos valores: { $values }
rule-iam-path = se esperaba / o una ruta como /eks/nodes/ (512 caracteres como máximo)
rule-arn-shape = se esperaba un ARN con la forma { $shape }
rule-conflicts = contradice { $other }
rule-url = se esperaba una URL http:// o https://
rule-range = se esperaba un número entero entre { $min } y { $max }

error-no-credentials = No se han encontrado credenciales de AWS. Configúrelas con aws configure o aws sso login, elija un perfil con --profile o AWS_PROFILE, o defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY.
error-access-denied = Acceso denegado a iam:{ $operation }. Respuesta de IAM: { $message } — rolecall permissions muestra la política que necesita rolecall.
error-unreachable = No se ha podido acceder al punto de conexión para { $operation }: compruebe la red, --region y --endpoint-url.
error-timeout = No se ha recibido respuesta a tiempo para { $operation }: cada intento espera --cli-read-timeout segundos (60 de forma predeterminada) y la llamada con todos sus reintentos, --operation-timeout segundos (120 de forma predeterminada). Vuelva a intentarlo o aumente esos valores.
error-throttled = IAM ha seguido limitando { $operation } después de varios reintentos; espere un poco y vuelva a ejecutar el mismo comando.
error-bad-response = No se ha podido leer la respuesta a { $operation }.
error-iam = IAM ha rechazado { $operation }: { $code }: { $message }
error-read-file = No se puede leer «{ $file }»: { $reason }.
io-not-found = no existe ese archivo
io-permission-denied = permiso denegado
io-not-text = no es texto UTF-8
io-other = no se ha podido leer

col-kind = TIPO
col-role = ROL
col-default-name = NOMBRE EN LA GUÍA
col-principal = ENTIDAD PRINCIPAL DE CONFIANZA

kind-fargate-pod-execution = { -pod-execution-role }
kind-eks-node = { -node-role }
kind-ecs-instance = { -container-instance-role }
kind-fargate-pod-execution-purpose = Lo asume la infraestructura de EKS Fargate para extraer imágenes y enrutar registros de los Pods de un { -fargate-profile }.
kind-eks-node-purpose = Lo asume el kubelet de los nodos de EKS (instancias EC2) para llamar a las API de AWS en su nombre.
kind-ecs-instance-purpose = Lo asume el agente de contenedor de ECS de las instancias de contenedor (instancias EC2) a través de un { -instance-profile }.

permissions-intro = La política de IAM que necesita una entidad principal para ejecutar «rolecall { $command }»:

show-title = { $role } — { $kind } ({ $partition })
show-trust-policy = Política de confianza:
show-managed-policies = Políticas administradas:
show-customer-policies = Políticas administradas por el cliente:
show-inline-policies = Políticas insertadas:
show-instance-profile = Perfil de instancia:

check-title = Comprobando { $role } ({ $kind })
status-ok = correcto
status-missing = no existe
status-drift = con desviaciones
check-summary = Resultado: { $status } — { $counts }.

action-CreateRole = crear el { -role } { $role }
action-UpdateAssumeRolePolicy = actualizar la { -trust-policy } de { $role }
action-CreatePolicy = crear la { -customer-managed-policy } { $policy }
action-AttachRolePolicy = adjuntar { $policy } a { $role }
action-DetachRolePolicy = desasociar { $policy } de { $role }
action-PutRolePolicy = añadir la { -inline-policy } { $policy } a { $role }
action-CreateInstanceProfile = crear el { -instance-profile } { $profile }
action-AddRoleToInstanceProfile = añadir { $role } al { -instance-profile } { $profile }

plan-title = { $count ->
        [0] Plan para { $role }: sin cambios
        [one] Plan para { $role }: 1 cambio
       *[other] Plan para { $role }: { $count } cambios
    }
plan-nothing = El { -role } ya coincide con su guía.
create-exists = El { -role } { $role } ya existe; no se ha cambiado nada. Para ajustarlo a su guía, ejecute: rolecall repair { $kind }
create-resume = { $role } está tal como lo dejó una ejecución anterior de create; se completan los pasos pendientes.
repair-missing = No existe ningún { -role } { $role } que reparar. Para crearlo, ejecute: rolecall create { $kind }
dry-run-commands = Comandos equivalentes de la AWS CLI:
dry-run-nothing-changed = Simulación: no se ha cambiado nada.
apply-done = { $count ->
        [one] Listo: se ha hecho 1 cambio.
       *[other] Listo: se han hecho { $count } cambios.
    }
apply-stopped = Se ha detenido tras { $count ->
        [one] 1 cambio
       *[other] { $count } cambios
    }. Vuelva a ejecutar el mismo comando para terminar.

lint-title = Revisando { $file } ({ $document })
document-trust = { -trust-policy }
document-identity = política de permisos
lint-clean = No se ha encontrado ningún problema.
lint-summary = Resultado: { $counts }.

progress-waiting = Esperando a que IAM refleje lo que se acaba de crear ({ $operation }, intento { $attempt })…
progress-call = { $operation }: { $millis } ms
progress-call-failed = { $operation }: ha fallado tras { $millis } ms

# A calendar date: $year (four digits), $month and $day (numbers), $iso (YYYY-MM-DD).
date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

cmd-audit = Busca y comprueba todos los { -roles } para contenedores de la cuenta
cmd-audit-long = Lista todos los { -roles } de la cuenta y comprueba cada uno de los que cumplen alguna de las funciones que conoce rolecall (se reconocen por su { -trust-policy }, sus políticas y los nombres que les dan las guías); después, informa de lo que ninguna comprobación individual puede detectar: un mismo { -role } usado a la vez para nodos y para Fargate, o para el { -cluster } y sus nodos, varios { -roles } de Fargate para un mismo { -cluster }, { -roles } de nodo que no están en ningún { -instance-profile } y { -roles } de ejecución de tareas abiertos a otras cuentas. Nunca escribe nada. Estado de salida: 0 si ningún { -role } tiene errores, 1 en caso contrario, 3 si no se puede consultar IAM.
examples-audit =
    rolecall audit
    rolecall audit --concurrency 4 --output json
arg-concurrency = Número de { -roles } que se comprueban a la vez (IAM limita la frecuencia de las solicitudes) [predeterminado: 8]
value-concurrency = N
col-status = ESTADO
col-findings = HALLAZGOS
audit-title = Roles para contenedores de la cuenta
audit-none-found = Ningún { -role } de la cuenta cumple ninguna de las funciones que conoce rolecall.
audit-account-findings = Hallazgos de toda la cuenta:
audit-progress-scanned = { -roles } listados:
audit-progress-found = encontrados:
audit-summary = { $scanned ->
        [one] 1 { -role } listado
       *[other] { $scanned } { -roles } listados
    }; { $found ->
        [one] 1 encontrado
       *[other] { $found } encontrados
    }: { $ok ->
        [one] 1 correcto
       *[other] { $ok } correctos
    }, { $drift } con errores.

## El veredicto de confianza y lo que queda después de una reparación.
status-undecided = sin determinar
verdict-yes = sí
verdict-no = no
verdict-undecided = sin determinar (depende de un valor que rolecall no puede conocer)
check-trust = { $principal } puede asumir el { -role }: { $verdict }
check-trust-clusters = { $principal } puede asumir el { -role } para todos los clústeres indicados: { $verdict }
check-trust-cluster = { -cluster } { $cluster } ({ $region }): todos sus perfiles de Fargate pueden asumirlo: { $verdict }
show-covered = Permisos solicitados que ya concede una política obligatoria:
show-covered-item = { $permission }, en { $policy }
plan-refused = rolecall no ha escrito nada:
plan-blocked = rolecall no cambia lo que los detiene (nunca edita un límite de permisos, una SCP ni una instrucción Deny):
plan-left = Lo que queda después de este plan:
plan-left-nothing-to-write = rolecall no tiene nada que escribir; lo que queda requiere su intervención:
plan-left-stopped = Lo que queda, ya que el plan se ha detenido a medias (check lo encontrará):

## Hardening (issue 11): timeouts, answers that are not IAM's, credentials, the mock's state file, input bounds.

value-operation-timeout = SEGUNDOS
arg-operation-timeout = Segundos que puede durar una llamada a IAM con todos sus reintentos [predeterminado: 120]
field-operation-timeout = --operation-timeout
error-not-iam = El punto de conexión ha respondido a { $operation } con algo que no es una respuesta de IAM (estado HTTP { $status }, tipo de contenido { $content_type }). Compruebe --endpoint-url, AWS_ENDPOINT_URL y cualquier proxy intermedio.
error-profile-not-found = El perfil de AWS «{ $profile }» no está ni en { $config_file } ni en { $credentials_file }. Compruebe --profile y AWS_PROFILE, o créelo con: aws configure --profile { $profile }
error-profile-file-invalid = No se puede analizar el archivo compartido de AWS { $file } (línea { $line }), por lo que no se han podido leer credenciales. Corrija esa línea o haga que AWS_CONFIG_FILE o AWS_SHARED_CREDENTIALS_FILE apunten a otro archivo.
error-credential-process = El credential_process del perfil de AWS «{ $profile }» (en { $file }) ha fallado y no ha proporcionado credenciales. Ejecute ese comando usted mismo para ver por qué.
error-managed-policy-missing = La { -aws-managed-policy } { $policy } no existe en la partición { $partition } de este punto de conexión (GetPolicy no la encuentra), por lo que { $operation } no puede adjuntarla; esperar no serviría de nada. IAM ha dicho: { $message } — compruebe --region y --endpoint-url.
error-state-lock-name = El archivo de estado «{ $file }» termina en .lock, el nombre que rolecall da al archivo de bloqueo del estado; elija otro nombre para --state.
error-state-not-a-file = El archivo de estado «{ $file }» es un directorio u otro archivo especial; indique en --state la ruta de un archivo normal (se crea si no existe).
error-state-format = El archivo de estado del entorno mock { $file } lo escribió un rolecall más reciente (formato { $format }; este conoce el formato { $known }). Reescribirlo perdería lo que contiene: use ese rolecall más reciente u otro archivo con --state.
error-too-large-state-file = El archivo de estado del entorno mock { $file } ocupa { $size } bytes, más que el límite de { $limit } bytes de rolecall; no se ha leído.
error-too-large-state-write = Escribir el archivo de estado del entorno mock { $file } lo dejaría en { $size } bytes, más que los { $limit } bytes que lee rolecall; no se ha escrito nada.
error-state-not-writable = El archivo de estado del entorno mock { $file } no se puede escribir (es de solo lectura o usted no tiene permiso para escribirlo); rolecall no ha escrito nada. Permita escribirlo o use otro archivo con --state.
error-lint-too-large = «{ $file }» ocupa más de { $limit } MiB, más de lo que lee rolecall lint.
error-document-too-large = «{ $file }» ocupa { $size } bytes: ningún documento de política de IAM es tan grande (los mayores de IAM ocupan unos pocos KB), y rolecall no analiza ninguno de más de { $limit } bytes.
error-too-large-policy-document = La respuesta a { $operation } contiene un documento de política de { $size } bytes, más que el límite de { $limit } bytes de rolecall (los mayores de IAM ocupan unos pocos KB); no se ha leído.
## lint de cualquier texto
arg-permissions = Revisa cada documento como una política de permisos
document-resource = política basada en recursos
lint-title-text = Revisando { $file }: { $documents ->
        [one] un documento de política
       *[other] { $documents } documentos de política
    }, { $commands ->
        [one] un comando aws iam
       *[other] { $commands } comandos aws iam
    }
## Los roles del clúster de EKS, del modo automático de EKS, de ejecución de tareas de ECS y de Pod Identity de EKS.
kind-eks-cluster = { -cluster-role }
kind-eks-auto-node = { -auto-node-role }
kind-ecs-task-execution = { -task-execution-role }
kind-eks-pod-identity = { -pod-identity-role }
kind-eks-cluster-purpose = Lo asume el plano de control de Amazon EKS para administrar los nodos y los equilibradores de carga del { -cluster }; con --auto-mode, también su capacidad de cómputo, su almacenamiento y sus redes ({ -auto-mode }).
kind-eks-auto-node-purpose = Lo asumen las instancias EC2 que el { -auto-mode } lanza como nodos del { -cluster }.
kind-ecs-task-execution-purpose = Lo asumen el agente de contenedor de ECS y el agente de Fargate para extraer imágenes, enviar registros y leer secretos en nombre de una tarea; los contenedores de la tarea no pueden usarlo.
kind-eks-pod-identity-purpose = Lo asume { -pod-identity } para los Pods de las cuentas de servicio a las que está asociado; lo que el { -role } puede hacer lo decide usted.
arg-auto-mode = Solo para eks-cluster: el { -auto-cluster-role } (AmazonEKSAutoClusterRole, con sts:TagSession y las cuatro políticas del modo automático)
arg-secret = Solo para ecs-task-execution: el ARN de un secreto, parámetro o clave de KMS que leen las tareas, para --with secrets o private-registry; repítalo para indicar más
value-secret = ARN
field-secret = --secret
hint-secret = indique con --secret ARN cada secreto, parámetro y clave de KMS que leen las tareas, tal como los nombra la política de la guía
hint-role-name = la guía no da nombre a este { -role }, así que indique el suyo con --role-name
hint-with = --secret limita --with secrets o --with private-registry, así que pida uno de los dos

## Shell completions, man pages, the mock's HTTP endpoint and IaC export.
cmd-completions = Muestra un script de autocompletado para el shell
cmd-completions-long = Muestra el script con el que un shell completa los comandos de rolecall, los tipos de { -role } y los valores de --with, --cni, --output, --lang y otras opciones. Cárguelo en el archivo de inicio de su shell o guárdelo donde su shell busca los autocompletados (vea los ejemplos).
examples-completions =
    rolecall completions bash > ~/.local/share/bash-completion/completions/rolecall
    source <(rolecall completions zsh)
    rolecall completions fish > ~/.config/fish/completions/rolecall.fish
    rolecall completions powershell >> $PROFILE
    eval (rolecall completions elvish | slurp)
arg-shell = El shell: bash, zsh, fish, powershell o elvish
value-shell = SHELL
cmd-mock = Trabaja con el entorno aislado del backend mock
cmd-mock-long = Comandos del backend mock: un entorno aislado de IAM local y con estado, guardado en su archivo de estado (--state).
cmd-mock-serve = Sirve el IAM y el STS del mock por HTTP
cmd-mock-serve-long = Sirve el IAM y el STS (GetCallerIdentity) del backend mock por HTTP, para que la AWS CLI, los SDK, Terraform y rolecall --endpoint-url puedan usar el entorno aislado. Muestra la URL en su primera línea, escucha solo en 127.0.0.1 salvo que --listen indique otra dirección y se ejecuta hasta Ctrl-C o SIGTERM. Cada solicitud toma el bloqueo del archivo de estado solo mientras se responde, y cada cambio se guarda al instante, de modo que otras ejecuciones con --backend mock siguen funcionando a la vez. La partición es la de --partition o --region; si no se indica, la de la Región con la que se firma cada solicitud.
examples-mock-serve =
    rolecall mock serve
    rolecall mock serve --port 4566
    aws iam list-roles --endpoint-url http://127.0.0.1:4566
arg-port = El puerto TCP en el que escuchar [predeterminado: un puerto libre]
value-port = PUERTO
arg-listen = La dirección en la que escuchar, con o sin puerto, por ejemplo 0.0.0.0 [predeterminado: 127.0.0.1]
value-listen = DIRECCIÓN
arg-header-timeout = Segundos que un cliente puede tardar en enviar las cabeceras de una solicitud, desde su primer byte [predeterminado: 10]
arg-body-timeout = Segundos que un cliente puede tardar en enviar el cuerpo de una solicitud, tras sus cabeceras [predeterminado: 30]
arg-idle-timeout = Segundos que una conexión persistente puede seguir abierta sin solicitudes [predeterminado: 60]
arg-max-connections = Conexiones atendidas a la vez; las que superen el límite reciben un 503 [predeterminado: 256]
field-header-timeout = --header-timeout
field-body-timeout = --body-timeout
field-idle-timeout = --idle-timeout
field-max-connections = --max-connections
mock-serve-unauthenticated = { $address } no es una dirección de bucle invertido (loopback): cualquiera que pueda alcanzarla puede leer y cambiar el IAM del entorno mock, porque el punto de enlace no tiene autenticación (acepta cualquier clave).
mock-serve-problem = Una solicitud no ha podido usar el archivo de estado: { $problem }
arg-format = Escribe el { -role } como infraestructura como código: cloudformation (una plantilla de CloudFormation en YAML) o terraform (HCL de Terraform)
value-format = FORMATO
field-format = --format
field-shell = SHELL
field-port = --port
field-listen = --listen
rule-ip-address = se esperaba una dirección IP como 127.0.0.1 o 0.0.0.0, con o sin puerto
error-listen = No se puede escuchar en { $address }: { $message }.
mock-serve-ready = Sirviendo el IAM y el STS del mock de { $state } en { $url } (use --endpoint-url { $url } o AWS_ENDPOINT_URL={ $url }). Deténgalo con Ctrl-C.
mock-serve-stopped = Detenido; el archivo de estado está guardado.
mock-serve-request = { $operation }: { $status } en { $millis } ms
## Auditoría de una organización (varias cuentas).
rule-external-id = se esperaban de 2 a 1224 caracteres entre A-Z a-z 0-9 + = , . @ : / _ -
rule-role-with-path = se esperaba un nombre de { -role } (de 1 a 64 caracteres entre A-Z a-z 0-9 + = , . @ _ -), precedido opcionalmente de su ruta, como /audit/ReadOnly
rule-non-empty-list = se esperaba al menos un { -account-id } de 12 dígitos, separados por comas
field-accounts = --accounts
field-assume-role = --assume-role
field-external-id = --external-id
field-account-concurrency = --account-concurrency
arg-organization = Audita todas las cuentas activas de su organización de AWS Organizations (según ListAccounts de Organizations), cada una mediante el { -role } de cuenta miembro que se asume en ella; su propia cuenta, con sus propias credenciales
arg-accounts = Audita estas cuentas (cada una, un { -account-id } de 12 dígitos, separados por comas) asumiendo en cada una el { -role } de cuenta miembro; con --organization, solo las que pertenecen a la organización
value-accounts = ID[,ID…]
arg-assume-role = El { -role } de cuenta miembro que se asume en cada cuenta, con su ruta si la tiene [predeterminado: OrganizationAccountAccessRole]
value-assume-role = NOMBRE
arg-external-id = El ID externo que exige la { -trust-policy } del { -role } de cuenta miembro
value-external-id = ID
arg-account-concurrency = Número de cuentas que se auditan a la vez, cada una con su propio --concurrency [predeterminado: 4]
value-account-concurrency = N
org-account-title = Cuenta { $account }{ $name ->
        [none] {""}
       *[other] {" "}({ $name })
    }
org-account-failed = No se ha podido leer la cuenta: { $reason }
org-summary = { $audited ->
        [one] 1 cuenta auditada
       *[other] { $audited } cuentas auditadas
    }, { $failed ->
        [one] 1 no se ha podido leer
       *[other] { $failed } no se han podido leer
    }; { $roles ->
        [one] 1 { -role } encontrado
       *[other] { $roles } { -roles } encontrados
    }, { $errors ->
        [one] 1 con errores
       *[other] { $errors } con errores
    }.
org-progress = cuentas: { $done } de { $total }
permissions-intro-organization = La política de IAM que necesita quien ejecuta «rolecall audit --organization»: las lecturas de audit en su propia cuenta, ListAccounts de Organizations y sts:AssumeRole sobre el { -role } miembro de cada cuenta:
permissions-member = La política de permisos del { -role } miembro { $role } en cada cuenta (solo lectura):
permissions-member-trust = La { -trust-policy } de { $role }: las entidades principales de la cuenta de administración pueden asumirlo (AWS Organizations crea así OrganizationAccountAccessRole en las cuentas que crea; en una cuenta que se unió por invitación, cree el { -role } con esta { -trust-policy } y la política anterior):

## Palabras de rolecall para fallos que antes solo eran datos (issue 12): un valor obligatorio sin
## indicación, respuestas que rolecall no puede usar, E/S local (las palabras del sistema en
## { $message }) y lo que el SDK no pudo hacer.

error-missing-value-plain = Falta { $flag }.
error-bad-response-no-role = No se ha podido leer la respuesta a { $operation }: no contiene ningún { -role }.
error-bad-response-no-account-id = No se ha podido leer la respuesta a { $operation }: no contiene ningún { -account-id }.
error-bad-response-role-name = IAM ha devuelto un { -role } llamado «{ $role }», que no es un nombre de { -role } válido.
error-io-resolve = No se pueden seguir los enlaces simbólicos de { $file }: { $message }
error-io-create-dir = No se puede crear el directorio { $file }: { $message }
error-io-open = No se puede abrir { $file }: { $message }
error-io-lock = No se puede bloquear { $file }: { $message }
error-io-read = No se puede leer { $file }: { $message }
error-io-write = No se puede escribir { $file }: { $message }
error-io-not-state-file = { $file } no es un archivo de estado del entorno mock de rolecall (línea { $line }, columna { $column }); rolecall lo deja como está. Indique otro archivo con --state.
error-io-signal = No se puede esperar a Ctrl-C o SIGTERM: { $message }
error-io-runtime = No se puede iniciar el entorno de ejecución asíncrono de rolecall: { $message }
error-report-json = rolecall no pudo escribir su informe como JSON ({ $message }); no se imprimió nada. Es un fallo de rolecall: infórmelo, por favor.
error-request-construction = No se ha podido construir la solicitud de { $operation }: compruebe --endpoint-url, --region y la configuración de AWS.
error-unknown = { $operation } ha fallado y el SDK de AWS no ha podido indicar el motivo.

## Issue 19, puntos 18 y 21: Amazon EKS en Fargate en AWS GovCloud (US); un ID de cuenta mal formado en Organizations.
rule-fargate-unavailable = Amazon EKS en Fargate no está disponible en la partición { $partition } (AWS GovCloud (US)), así que ahí no hay ningún { -pod-execution-role } que mostrar ni crear
error-bad-response-account-id = Organizations ha devuelto una cuenta cuyo ID, «{ $account }», no tiene 12 dígitos, así que no se ha podido auditar.
