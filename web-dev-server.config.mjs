// `npm start`: serves the project root so the demo pages reach the built bundle in dist/;
// the root URL it prints leads to the demo.
export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  rootDir: '.',
  open: false,
  watch: false,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
