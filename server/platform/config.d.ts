/** Root of the checkout: reference data and the built web app are found relative to it. */
export declare const PROJECT_DIR: any;
export interface Config {
    port: number;
    host: string;
    dataDir: string;
    referenceDir: string;
    databaseUrl: string | undefined;
    production: boolean;
    /** Demo accounts exist only in demo mode: the default, never in production unless DEMO=1. */
    demo: boolean;
    smtpUrl: string | undefined;
    mailFrom: string;
    publicUrl: string;
    logLevel: string;
}
/** Read and check the environment once at start; a bad value stops the process with a clear message. */
export declare function loadConfig(env?: NodeJS.ProcessEnv): Config;
