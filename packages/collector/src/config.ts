/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import { surveySchema, type SurveyJson } from '@devisus/survey/data';
import { hashToken } from './tokens.js';

/*
 * What the collector accepts and where it stores, from (later wins) the defaults, the file
 * devisus-collector.json (or DEVISUS_CONFIG) and the environment: PORT, DEVISUS_DATA, DATABASE_URL,
 * DEVISUS_ADMIN_TOKEN.
 */

const origins = v.array(
  v.pipe(v.string(), v.regex(/^(\*|https?:\/\/[^/\s]+)$/, 'an origin such as https://network.example, or *')),
);

const fileSchema = v.strictObject({
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535))),
  host: v.optional(v.string()),
  data: v.optional(v.string()),
  databaseUrl: v.optional(v.string()),
  /** The admin token's SHA-256 in hex, so that the file never holds the token itself. */
  adminTokenSha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/i))),
  minCell: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  maxBodyBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1024))),
  rateLimit: v.optional(
    v.strictObject({
      /** Requests per address and window on the POST routes; 0 turns the limit off. */
      max: v.pipe(v.number(), v.integer(), v.minValue(0)),
      windowSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
  ),
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy: v.optional(v.boolean()),
  surveys: v.optional(
    v.record(
      v.string(),
      v.strictObject({
        origins: v.optional(origins),
        /** The survey's SurveyJS JSON (a path from this file, or the object): needed for /summary. */
        definition: v.optional(v.union([v.string(), v.record(v.string(), v.unknown())])),
      }),
    ),
  ),
  grids: v.optional(v.record(v.string(), v.strictObject({ origins: v.optional(origins) }))),
});

type FileConfig = v.InferOutput<typeof fileSchema>;

export interface SurveyConfig {
  origins: string[];
  definition?: SurveyJson;
}

export interface CollectorConfig {
  port: number;
  host: string;
  /** PGlite's data folder, or 'memory://' for a database that lives as long as the process. */
  data: string;
  databaseUrl?: string;
  adminTokenSha256?: string;
  minCell: number;
  maxBodyBytes: number;
  rateLimit: { max: number; windowSeconds: number };
  trustProxy: boolean;
  /** null: every id is accepted, from any origin (a laptop's default). */
  surveys: Map<string, SurveyConfig> | null;
  grids: Map<string, { origins: string[] }> | null;
}

export class ConfigError extends Error {}

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  data: './devisus-data',
  minCell: 5,
  maxBodyBytes: 256 * 1024,
  rateLimit: { max: 120, windowSeconds: 60 },
};

/** Reads the file (if any) and the environment; throws ConfigError naming what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CollectorConfig {
  const path = resolve(cwd, env.DEVISUS_CONFIG || 'devisus-collector.json');
  let file: FileConfig = {};
  if (existsSync(path)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
    file = parseFile(json, path);
  } else if (env.DEVISUS_CONFIG) throw new ConfigError(`${path} does not exist`);
  return resolveConfig(file, env, dirname(path));
}

export function parseFile(json: unknown, where = 'the configuration'): FileConfig {
  const result = v.safeParse(fileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const at = v.getDotPath(issue);
    throw new ConfigError(`${where}: ${at ? `${at}: ` : ''}${issue.message}`);
  }
  return result.output;
}

/** The configuration a file's content and the environment give, relative paths read from `base`. */
export function resolveConfig(file: FileConfig, env: NodeJS.ProcessEnv = {}, base = process.cwd()): CollectorConfig {
  const port = env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : (file.port ?? DEFAULTS.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT ${env.PORT} is not a port`);
  const token = env.DEVISUS_ADMIN_TOKEN;
  if (token !== undefined && token.length < 16)
    throw new ConfigError('DEVISUS_ADMIN_TOKEN is too short: use at least 16 random characters');
  const surveys = file.surveys
    ? new Map(
        Object.entries(file.surveys).map(([id, survey]) => [
          id,
          { origins: survey.origins ?? [], definition: readDefinition(id, survey.definition, base) },
        ]),
      )
    : null;
  const grids = file.grids
    ? new Map(Object.entries(file.grids).map(([id, grid]) => [id, { origins: grid.origins ?? [] }]))
    : null;
  return {
    port,
    host: env.HOST || file.host || DEFAULTS.host,
    data: env.DEVISUS_DATA || (file.data ? resolve(base, file.data) : DEFAULTS.data),
    databaseUrl: env.DATABASE_URL || file.databaseUrl || undefined,
    adminTokenSha256: token ? hashToken(token) : file.adminTokenSha256?.toLowerCase(),
    minCell: file.minCell ?? DEFAULTS.minCell,
    maxBodyBytes: file.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    rateLimit: {
      max: file.rateLimit?.max ?? DEFAULTS.rateLimit.max,
      windowSeconds: file.rateLimit?.windowSeconds ?? DEFAULTS.rateLimit.windowSeconds,
    },
    trustProxy: file.trustProxy ?? false,
    surveys,
    grids,
  };
}

function readDefinition(id: string, definition: string | object | undefined, base: string): SurveyJson | undefined {
  if (definition === undefined) return undefined;
  let json: unknown = definition;
  if (typeof definition === 'string') {
    try {
      json = JSON.parse(readFileSync(resolve(base, definition), 'utf8'));
    } catch (error) {
      throw new ConfigError(`surveys.${id}.definition: ${(error as Error).message}`);
    }
  }
  const result = v.safeParse(surveySchema, json);
  if (!result.success) {
    const at = v.getDotPath(result.issues[0]);
    throw new ConfigError(`surveys.${id}.definition: ${at ? `${at}: ` : ''}${result.issues[0].message}`);
  }
  return result.output;
}

/**
 * What is wrong with running this configuration in production (NODE_ENV=production): an open
 * door is fine on a laptop, not on a server.
 */
export function productionProblems(config: CollectorConfig): string[] {
  const problems: string[] = [];
  if (!config.surveys && !config.grids)
    problems.push('no "surveys" or "grids" in devisus-collector.json: every id would be accepted');
  for (const [id, survey] of config.surveys ?? []) {
    if (!survey.origins.length) problems.push(`surveys.${id}.origins is empty`);
  }
  if (!config.adminTokenSha256) problems.push('no admin token (DEVISUS_ADMIN_TOKEN or adminTokenSha256)');
  return problems;
}
