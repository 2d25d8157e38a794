# Terms of the English AWS guides. Messages use these terms; translators fix their own
# language's terms in the matching glossary.ftl, after the guide of that language.

-role = role
-roles = roles
-trust-policy = trust policy
-trust-relationship = trust relationship
-managed-policy = managed policy
-aws-managed-policy = AWS managed policy
-customer-managed-policy = customer managed policy
-inline-policy = inline policy
-instance-profile = instance profile
-fargate-profile = Fargate profile
-cluster = cluster
-account-id = account ID
-service-principal = service principal
-pod-execution-role = Amazon EKS Pod execution role
-node-role = Amazon EKS node IAM role
-container-instance-role = Amazon ECS container instance IAM role
-service-account = Kubernetes service account
-irsa = IAM roles for service accounts (IRSA)
-confused-deputy = confused deputy
-permissions-boundary = permissions boundary
-scp = service control policy (SCP)
-scps = service control policies (SCPs)

# Plurals (English adds no "s" to a term: "policys").
-managed-policies = managed policies
-customer-managed-policies = customer managed policies
-inline-policies = inline policies
-instance-profiles = instance profiles
-clusters = clusters
-fargate-profiles = Fargate profiles
# The roles of the EKS cluster, EKS Auto Mode, ECS tasks and EKS Pod Identity (issue 13).
-cluster-role = Amazon EKS cluster IAM role
-auto-mode = EKS Auto Mode
-auto-cluster-role = Amazon EKS Auto Mode cluster IAM role
-auto-node-role = Amazon EKS Auto Mode node IAM role
-task-execution-role = Amazon ECS task execution IAM role
-pod-identity = EKS Pod Identity
-pod-identity-role = EKS Pod Identity IAM role
-session-tags = session tags
-namespace = namespace
# What doctor reads of an EKS cluster (issue 21).
-access-entry = access entry
-access-entries = access entries
-node-group = managed node group
-access-policy = access policy
-oidc-provider = IAM OIDC provider
-authentication-mode = authentication mode
