// Talking to a running example over GraphQL.
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: {message: string; extensions?: {code?: string; originalError?: {message?: string | string[]}}}[];
}

export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({query, variables}),
  });
  return {status: response.status, ...((await response.json()) as object)};
}

/** The data of a GraphQL response that must have succeeded; its errors otherwise. */
export async function graphqlData<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(url, query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
