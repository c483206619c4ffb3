// Command-line options shared by the scripts: `--name value`, else the environment variable, else a default.
const args = process.argv.slice(2);

/** The value of `--name`, or of the environment variable `env`, or `fallback`. */
export function option(name, env, fallback) {
  const i = args.indexOf(`--${name}`);
  if (i >= 0 && args[i + 1]) return args[i + 1];
  return (env && process.env[env]) ?? fallback;
}
