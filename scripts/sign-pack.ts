/**
 * Ed25519 keys and signatures for fact packs published as feeds (see lib/factbase/signature.ts).
 *
 *   node --import tsx scripts/sign-pack.ts keygen <name>
 *       writes <name>.key (private, PKCS#8 base64, mode 600) and <name>.pub (public, raw base64);
 *       the .pub text is what subscribers paste as the feed's public key
 *   node --import tsx scripts/sign-pack.ts sign <pack.json> --key <name>.key [--out <signed.json>]
 *       validates the pack, then writes it with a "signature" field (in place unless --out)
 *   node --import tsx scripts/sign-pack.ts verify <pack.json> --public-key <name>.pub|<base64>
 *       exit 0 when the signature matches, 1 otherwise
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseJson } from '../lib/factbase/importers/pack-json';
import { validatePack } from '../lib/factbase/schema';
import { generateSigningKeys, importPrivateKey, signPack, verifyPackSignature } from '../lib/factbase/signature';

const [command, target, ...rest] = process.argv.slice(2);

function flag(name: string): string | undefined {
  const i = rest.indexOf(name);
  return i === -1 ? undefined : rest[i + 1];
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readPack(path: string): object {
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) fail(`${path}: ${parsed.error}`);
  const valid = validatePack(parsed.value);
  if (!valid.ok) fail(`${path} is not a valid pack:\n  ${valid.errors.slice(0, 20).join('\n  ')}`);
  return parsed.value as object;
}

async function main(): Promise<void> {
  if (command === 'keygen' && target) {
    if (existsSync(`${target}.key`)) fail(`${target}.key exists; refusing to overwrite a private key`);
    const keys = await generateSigningKeys();
    writeFileSync(`${target}.key`, `${keys.privateKey}\n`, { mode: 0o600 });
    writeFileSync(`${target}.pub`, `${keys.publicKey}\n`);
    console.log(`wrote ${target}.key (keep it secret) and ${target}.pub\npublic key: ${keys.publicKey}`);
  } else if (command === 'sign' && target) {
    const keyPath = flag('--key') ?? fail('sign needs --key <file.key>');
    const pack = readPack(target);
    const signed = await signPack(pack, await importPrivateKey(readFileSync(keyPath, 'utf8')));
    const out = flag('--out') ?? target;
    writeFileSync(out, `${JSON.stringify(signed, null, 1)}\n`);
    console.log(`signed ${target} → ${out}`);
  } else if (command === 'verify' && target) {
    const key = flag('--public-key') ?? fail('verify needs --public-key <file.pub or base64>');
    const publicKey = existsSync(key) ? readFileSync(key, 'utf8').trim() : key;
    const parsed = parseJson(readFileSync(target, 'utf8'));
    if (!parsed.ok) fail(`${target}: ${parsed.error}`);
    const ok = typeof parsed.value === 'object' && parsed.value !== null && (await verifyPackSignature(parsed.value, publicKey));
    console.log(ok ? 'signature OK' : 'signature missing or does not match this public key');
    process.exit(ok ? 0 : 1);
  } else {
    fail('usage: sign-pack.ts keygen <name> | sign <pack.json> --key <name.key> [--out <file>] | verify <pack.json> --public-key <key>');
  }
}

await main();
