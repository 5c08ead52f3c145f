/**
 * Names of technologies postings list: a passage naming two or more of them
 * ("React and TypeScript", "Kotlin, PostgreSQL and Kafka") speaks of the tech
 * stack, whatever its heading. Product knowledge, as the topic words are.
 */
const NAMES = `
react vue angular svelte nextjs next.js nuxt typescript javascript node.js nodejs deno html css tailwind sass
kotlin java scala groovy jvm python django flask fastapi ruby php laravel elixir erlang haskell clojure
rust golang c# dotnet f# c++ swiftui objective-c flutter xamarin android ios react-native
postgres postgresql mysql mariadb sqlite mssql mongodb redis cassandra elasticsearch opensearch dynamodb cosmosdb neo4j clickhouse
kafka rabbitmq sqs sns pubsub nats kinesis
aws azure gcp bigquery snowflake databricks redshift dbt airflow spark hadoop looker tableau powerbi power-bi
docker kubernetes k8s openshift terraform pulumi ansible argocd jenkins gitlab github circleci prometheus grafana datadog
graphql grpc openapi linux bash webassembly llvm pytorch tensorflow figma jira confluence
`;

export const TECH_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** How many different technologies a passage's words name. */
export function techNamed(tokens: readonly string[]): number {
  const seen = new Set<string>();
  for (const token of tokens) if (TECH_NAMES.has(token)) seen.add(token);
  return seen.size;
}
