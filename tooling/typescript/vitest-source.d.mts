export declare const sourceConditions: string[];
export declare const resolveFromSource: {
  resolve: { conditions: string[] };
  ssr: { resolve: { conditions: string[] } };
};
