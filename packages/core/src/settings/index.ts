export type { SharedSettings } from "./shared-settings.js";
export {
  defaultModelName,
  isModelProviderConfigured,
  modelConfigFor,
  optionalSetting,
  sharedSettingsSchema,
} from "./shared-settings.js";
export { defaultWorkerHeapMegabytes, type WorkerHeapFlagsInput, workerHeapFlags } from "./worker-heap-flags.js";
