/** The worker-thread entry of the batch pool (piscina calls `runTask` by name). */
export { runTask } from "./task";
