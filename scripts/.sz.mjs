import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints:[entry], bundle:true, minify:true, format:'esm', write:false, metafile:true, jsx:'automatic', external:[...(process.env.EXT?process.env.EXT.split(','):[]),'react','react-dom','react/*','@tanstack/react-query'], loader:{'.css':'empty'}, define:{'process.env.NODE_ENV':'"production"'}});
const ins = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(ins).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0, +process.argv[3]||25);
for (const [p,{bytesInOutput}] of rows) console.log(String(bytesInOutput).padStart(7), p);
console.log('gzip', gzipSync(r.outputFiles[0].contents,{level:9}).length);
