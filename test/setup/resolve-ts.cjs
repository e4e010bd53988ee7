// The global setup and teardown run in jest's parent process, where jest's moduleNameMapper does not
// apply: map the `.js` specifiers of our TypeScript sources to their `.ts` files (jest's transform
// then compiles them).
const { registerHooks } = require('node:module');

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      throw error;
    }
  },
});
