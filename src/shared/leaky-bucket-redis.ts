/**
 * The leaky buckets of leaky-bucket.ts in Redis (REDIS_URL), for deployments that keep rate
 * limits there. One Lua script restores, checks and debits atomically on Redis's clock, as the
 * PostgreSQL statement does on the database's; a bucket expires once it would be full again.
 */
import { Redis } from "ioredis";
import type { BucketLevel, BucketStore } from "./leaky-bucket.js";

// KEYS[1] bucket; ARGV need, amount, size, restore rate. Levels travel as strings: Lua numbers
// returned to Redis are truncated to integers.
const TAKE_SCRIPT = `
local need, amount, size, rate = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = size
if state[1] then level = math.min(size, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * rate) end
local granted = level >= need
local taken = 0
if granted then
  local left = math.max(0, math.min(size, level - amount))
  taken = level - left
  level = left
end
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((size - level) / rate * 1000) + 1000)
return { granted and 1 or 0, tostring(level), tostring(taken) }`;

const PREFIX = "larder:cost-bucket:";

/** Buckets in Redis at `url`; `close` ends the connection. */
export function redisBuckets(url: string): BucketStore & { close(): Promise<void> } {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  redis.defineCommand("takeFromBucket", { numberOfKeys: 1, lua: TAKE_SCRIPT });
  type Scripted = { takeFromBucket(key: string, ...args: number[]): Promise<[number, string, string]> };
  const take = (redis as unknown as Scripted).takeFromBucket.bind(redis);
  return {
    async take(key, need, amount, limits): Promise<BucketLevel> {
      const [granted, level, taken] = await take(PREFIX + key, need, amount, limits.size, limits.restorePerSecond);
      return { granted: granted === 1, level: Number(level), taken: Number(taken) };
    },
    async settle(settlements) {
      // One pipeline: one round trip for all of them, each script still atomic on its bucket.
      const pipeline = redis.pipeline();
      for (const { key, amount, limits } of settlements) void (pipeline as unknown as Scripted).takeFromBucket(PREFIX + key, 0, amount, limits.size, limits.restorePerSecond);
      const results = await pipeline.exec();
      const failed = results?.find(([error]) => error);
      if (failed) throw failed[0];
    },
    async close() {
      await redis.quit();
    },
  };
}
