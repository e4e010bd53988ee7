// Extracts one entry of a zip archive: node scripts/extract-zip-entry.cjs <zip> <entry> <target>.
// Used by install-helm.sh where neither unzip nor python3 is installed. Stored and deflated entries only.
const fs = require('node:fs');
const zlib = require('node:zlib');

const [zipPath, entryName, target] = process.argv.slice(2);
const zip = fs.readFileSync(zipPath);
const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
if (endOfDirectory < 0) throw new Error(`${zipPath} is not a zip archive`);
let offset = zip.readUInt32LE(endOfDirectory + 16);
const entries = zip.readUInt16LE(endOfDirectory + 10);
for (let i = 0; i < entries; i++) {
  const method = zip.readUInt16LE(offset + 10);
  const compressedSize = zip.readUInt32LE(offset + 20);
  const nameLength = zip.readUInt16LE(offset + 28);
  const extraLength = zip.readUInt16LE(offset + 30);
  const commentLength = zip.readUInt16LE(offset + 32);
  const localHeader = zip.readUInt32LE(offset + 42);
  const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
  if (name === entryName) {
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${entryName}: unsupported compression method ${method}`);
    fs.writeFileSync(target, method === 8 ? zlib.inflateRawSync(data) : data, { mode: 0o755 });
    process.exit(0);
  }
  offset += 46 + nameLength + extraLength + commentLength;
}
throw new Error(`${entryName} is not in ${zipPath}`);
