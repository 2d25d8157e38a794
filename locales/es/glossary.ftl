# Términos de las guías de AWS en español. Los mensajes usan estos términos en lugar de
# repetir las palabras; se fijan según la guía de AWS de este idioma.

-role = rol
-roles = roles
-trust-policy = política de confianza
-trust-relationship = relación de confianza
-managed-policy = política administrada
-aws-managed-policy = política administrada por AWS
-customer-managed-policy = política administrada por el cliente
-inline-policy = política insertada
-instance-profile = perfil de instancia
-fargate-profile = perfil de Fargate
-cluster = clúster
-account-id = ID de cuenta
-service-principal = entidad principal de servicio
-pod-execution-role = rol de ejecución de Pod de Amazon EKS
-node-role = rol de IAM de nodo de Amazon EKS
-container-instance-role = rol de IAM de instancia de contenedor de Amazon ECS
-service-account = cuenta de servicio de Kubernetes
-irsa = Roles de IAM para cuentas de servicio (IRSA)
-confused-deputy = suplente confuso
-permissions-boundary = límite de permisos
-scp = política de control de servicios (SCP)
-scps = políticas de control de servicios (SCP)

# Plurales.
-managed-policies = políticas administradas
-customer-managed-policies = políticas administradas por el cliente
-inline-policies = políticas insertadas
-instance-profiles = perfiles de instancia
-clusters = clústeres
-fargate-profiles = perfiles de Fargate
# Los roles del clúster de EKS, del modo automático de EKS, de las tareas de ECS y de Pod Identity de EKS.
-cluster-role = rol de IAM del clúster de Amazon EKS
-auto-mode = modo automático de EKS
-auto-cluster-role = rol de IAM del clúster del modo automático de Amazon EKS
-auto-node-role = rol de IAM de nodo del modo automático de Amazon EKS
-task-execution-role = rol de IAM de ejecución de tareas de Amazon ECS
-pod-identity = Pod Identity de EKS
-pod-identity-role = rol de IAM de Pod Identity de EKS
-session-tags = etiquetas de sesión
-namespace = espacio de nombres
# Lo que doctor lee de un clúster de EKS (issue 21).
-access-entry = entrada de acceso
-access-entries = entradas de acceso
-node-group = grupo de nodos administrados
-access-policy = política de acceso
-oidc-provider = proveedor OIDC de IAM
-authentication-mode = modo de autenticación
