import { z } from 'zod';
import path from 'node:path';

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT phải là một số' })
    .int()
    .min(0)
    .max(65535, 'PORT phải nằm trong khoảng 0–65535')
    .default(8080),
  HOST: z.string().min(1).max(255).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).max(4096).default(path.resolve('.data')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  STATIC_DIR: z.string().min(1).max(4096).default(path.resolve('dist')),
  /** Signs access tokens. Unset: a random secret is generated once and kept in the database. */
  TOKEN_SECRET: z.string().min(32, 'TOKEN_SECRET cần ít nhất 32 ký tự').max(512).optional(),
  /** With DEMO_SEED=off: the first admin ("quantri") is created with this password. */
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD cần ít nhất 10 ký tự').max(200).optional(),
  /** Seed the demo province, roster and accounts when the database is empty. */
  /** "on" when clients reach the server over HTTPS (directly or through a proxy): sends HSTS. */
  TLS: z.enum(['on', 'off'], { error: 'TLS phải là "on" hoặc "off"' }).default('off'),
  DEMO_SEED: z.enum(['on', 'off'], { error: 'DEMO_SEED phải là "on" hoặc "off"' }).default('on'),
});

export type ServerConfig = z.infer<typeof envSchema>;

/** Reads and validates the environment once at start-up; a bad value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình máy chủ không hợp lệ:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
