/**
 * @module read/pool
 * Resolving references (FHIR R4 §2.3.0 "Resource References"): `#id` to a contained resource
 * of the referring resource; `Type/id`, an absolute URL ending in `Type/id`, or a Bundle
 * entry's `fullUrl` (often `urn:uuid:...`) to a resource of the pool; a conditional
 * `Type?identifier=system|value` or a logical reference (`Reference.identifier`) by identifier.
 * The pool holds the resources of the input: a Bundle's entries, an NDJSON file's lines, or
 * resources a caller adds from side files.
 */
import type { Identifier, Reference, Resource } from '@medplum/fhirtypes';
import { isObject } from './context.ts';

export type AnyResource = Resource & { id?: string; identifier?: Identifier[] | Identifier };

const isResource = (v: unknown): v is AnyResource => isObject(v) && typeof v.resourceType === 'string';

export class ResourcePool {
  private readonly byKey = new Map<string, AnyResource>();
  private readonly byIdentifier = new Map<string, AnyResource>();

  add(resource: unknown, fullUrl?: string): void {
    if (!isResource(resource)) return;
    if (typeof resource.id === 'string') this.byKey.set(`${resource.resourceType}/${resource.id}`, resource);
    if (fullUrl !== undefined) this.byKey.set(fullUrl, resource);
    const ids = Array.isArray(resource.identifier) ? resource.identifier : [resource.identifier];
    for (const id of ids)
      if (isObject(id) && typeof id.value === 'string') {
        const system = typeof id.system === 'string' ? id.system : '';
        this.byIdentifier.set(`${resource.resourceType}|${system}|${id.value}`, resource);
        this.byIdentifier.set(`*|${system}|${id.value}`, resource);
      }
  }

  /** Adds a Bundle's entries (and the Bundle's own resources, recursively for nested Bundles). */
  addBundle(bundle: unknown): void {
    if (!isObject(bundle) || !Array.isArray(bundle.entry)) return;
    for (const e of bundle.entry) {
      if (!isObject(e)) continue;
      if (isObject(e.resource) && e.resource.resourceType === 'Bundle') this.addBundle(e.resource);
      this.add(e.resource, typeof e.fullUrl === 'string' ? e.fullUrl : undefined);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The resource a reference names, looked up from `container` (for `#id`), or undefined. */
  resolve(reference: Reference | undefined, container?: AnyResource): AnyResource | undefined {
    if (!isObject(reference)) return undefined;
    const r = reference.reference;
    if (typeof r === 'string') {
      if (r.startsWith('#')) return contained(container, r.slice(1));
      const direct = this.byKey.get(r);
      if (direct !== undefined) return direct;
      const conditional = /^([A-Za-z]+)\?identifier=(?:([^|]*)\|)?(.+)$/.exec(r);
      if (conditional !== null)
        return this.byIdentifier.get(
          `${conditional[1]}|${decodeURIComponent(conditional[2] ?? '')}|${decodeURIComponent(conditional[3] ?? '')}`,
        );
      const tail = /([A-Za-z]+\/[A-Za-z0-9.-]+)(?:\/_history\/[^/]+)?$/.exec(r);
      if (tail?.[1] !== undefined) return this.byKey.get(tail[1]);
      return undefined;
    }
    const id = reference.identifier;
    if (isObject(id) && typeof id.value === 'string') {
      const system = typeof id.system === 'string' ? id.system : '';
      const type = typeof reference.type === 'string' ? reference.type : '*';
      return this.byIdentifier.get(`${type}|${system}|${id.value}`);
    }
    return undefined;
  }
}

function contained(container: AnyResource | undefined, id: string): AnyResource | undefined {
  if (container === undefined || !('contained' in container) || !Array.isArray(container.contained))
    return undefined;
  return (container.contained as unknown[]).find((c): c is AnyResource => isResource(c) && c.id === id);
}
