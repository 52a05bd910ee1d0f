// The OpenAPI 3.1 document, generated from the contract schemas (committed as public/openapi.json).
import * as z from 'zod/mini'
import { contractRegistry, ENDPOINTS, MAX_STATS_ROWS, type EndpointName } from './contract'

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })

function idOf(schema: z.ZodMiniType): string {
  const id = contractRegistry.get(schema)?.id
  if (!id) throw new Error('Every response schema must be registered with an id')
  return id
}

function queryParameters(schema: z.ZodMiniType) {
  type Json = { properties?: Record<string, object>; required?: string[]; anyOf?: Json[] }
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json
  // A union of queries (/stats by month or by week): each parameter once, its forms as anyOf, required
  // only when every form requires it.
  const forms = json.anyOf ?? [json]
  const names = [...new Set(forms.flatMap((form) => Object.keys(form.properties ?? {})))]
  return names.map((name) => {
    const variants = forms.flatMap((form) => (form.properties?.[name] ? [form.properties[name]] : []))
    const distinct = variants.filter((v, i) => variants.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i)
    return {
      name,
      in: 'query',
      required: forms.every((form) => form.required?.includes(name) ?? false),
      schema: distinct.length === 1 ? distinct[0] : { anyOf: distinct },
    }
  })
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})

/** The answer's schema; /stats answers months or, to grain=week, weeks, or to grain=period, a row per unit. */
function responseSchema(spec: (typeof ENDPOINTS)[EndpointName]) {
  const month = ref(idOf(spec.response!))
  return 'weekResponse' in spec
    ? { oneOf: [month, ref(idOf(spec.weekResponse)), ref(idOf(spec.periodResponse))] }
    : month
}

/** Builds the whole document; the same schemas validate every response at run time. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(contractRegistry, {
    // input: what a server may send (extra fields are tolerated, defaults may be left out)
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  })
  for (const schema of Object.values(schemas)) {
    delete (schema as { $schema?: string }).$schema
    delete (schema as { $id?: string }).$id
  }

  const paths: Record<string, Record<string, unknown>> = {}
  for (const [name, spec] of Object.entries(ENDPOINTS) as Array<[EndpointName, (typeof ENDPOINTS)[EndpointName]]>) {
    const operation: Record<string, unknown> = {
      operationId: name,
      responses: {
        ...(spec.response
          ? { 200: { description: 'OK', content: { 'application/json': { schema: responseSchema(spec) } } } }
          : { 204: { description: 'No content' } }),
        400: problemResponse('Bad parameters'),
        401: problemResponse('No or expired token'),
        ...(spec.auth
          ? { 403: problemResponse("Outside the user's scope"), 404: problemResponse('Unknown unit') }
          : {}),
        ...(name === 'stats'
          ? { 422: problemResponse(`The answer could hold more than ${MAX_STATS_ROWS} rows (ask less)`) }
          : {}),
        500: problemResponse('Server error'),
      },
    }
    if (spec.auth) operation.security = [{ bearer: [] }]
    if ('query' in spec) operation.parameters = queryParameters(spec.query)
    const pathNames = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
    if (pathNames.length > 0) {
      const named = pathNames.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }))
      operation.parameters = [...named, ...((operation.parameters as object[] | undefined) ?? [])]
    }
    if ('body' in spec) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: ref(idOf(spec.body)) } } }
    }
    if ('form' in spec) {
      const form = { ...ref(idOf(spec.form)), properties: { file: { type: 'string', format: 'binary' } } }
      operation.requestBody = { required: true, content: { 'multipart/form-data': { schema: form } } }
    }
    paths[spec.path] = { ...paths[spec.path], [spec.method.toLowerCase()]: operation }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Tiến độ dịch vụ công trực tuyến — dashboard API',
      version: '1.0.0',
      description: 'Generated from src/api/contract.ts; see CONTRACT.md for the metric definitions.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  }
}
