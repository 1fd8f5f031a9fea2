// A device's last heartbeat, joined as `h`: what the device list and the dashboard show of it.
export const heartbeatColumns = [
  'h.received_at',
  'h.pending_count',
  'h.oldest_pending_at',
  'h.app_version',
  'h.storage_used_bytes',
  'h.storage_quota_bytes',
  'h.last_error',
] as const;
