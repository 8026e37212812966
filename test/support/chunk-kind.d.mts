export declare const chunkKind: (url: string) => string | undefined;
