import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new migration into drizzle/ from src/store/schema.ts; commit it.
// The store applies the migrations at start (src/store/open.ts); nothing here connects anywhere.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './drizzle',
});
