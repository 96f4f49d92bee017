// `npm start`: serves the demo pages with the built bundle from dist/.
export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  rootDir: '.',
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
};
