// In-memory storage for one development identity provider (oidc-provider's adapter interface):
// sessions, interactions, codes and grants live as long as the process, each with its expiry.
// Each provider gets its own storage, so two providers in one process (tests) never share.
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  readonly payload: AdapterPayload;
  readonly expiresAt: number;
}

export type AdapterFactory = new (model: string) => Adapter;

export function createDevProviderStorage(now: () => number = Date.now): AdapterFactory {
  const entries = new Map<string, Entry>();
  const live = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) entries.delete(key);
    return entry && entry.expiresAt > now() ? entry.payload : undefined;
  };
  const findBy = (field: 'uid' | 'userCode', model: string, value: string): AdapterPayload | undefined => {
    for (const [key] of entries) {
      const payload = key.startsWith(`${model}:`) ? live(key) : undefined;
      if (payload?.[field] === value) return payload;
    }
    return undefined;
  };
  return class DevProviderAdapter implements Adapter {
    readonly model: string;
    constructor(model: string) {
      this.model = model;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      entries.set(`${this.model}:${id}`, { payload: { ...payload }, expiresAt: typeof expiresIn === 'number' ? now() + expiresIn * 1000 : Infinity });
    }
    async find(id: string): Promise<AdapterPayload | undefined> {
      return live(`${this.model}:${id}`);
    }
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return findBy('uid', this.model, uid);
    }
    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return findBy('userCode', this.model, userCode);
    }
    async consume(id: string): Promise<void> {
      const payload = live(`${this.model}:${id}`);
      if (payload) payload.consumed = Math.floor(now() / 1000);
    }
    async destroy(id: string): Promise<void> {
      entries.delete(`${this.model}:${id}`);
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key);
    }
  };
}
