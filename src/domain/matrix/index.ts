/** The skills matrix: model (roles × skills × seniorities), sort orders and CSV. */
export * from './model';
export * from './sort';
export * from './csv';
export * from './files';
export * from './grid';
export * from './parts';
