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

# Plurales.
-managed-policies = políticas administradas
-customer-managed-policies = políticas administradas por el cliente
-inline-policies = políticas insertadas
-instance-profiles = perfiles de instancia
-clusters = clústeres
-fargate-profiles = perfiles de Fargate
