// One vPDQ hash of one video, written to a file: the Node side of `npm run bench:video`, run as its
// own process so its CPU time (with ffmpeg's) is measured the same way as the reference's.
import { writeFileSync } from 'node:fs';
import { formatVpdq } from '../src/core/vpdq/index.ts';
import { hashVideo } from '../src/node/video/index.ts';

const [file, secondsPerHash, out] = process.argv.slice(2);
const result = await hashVideo(file, { secondsPerHash: Number(secondsPerHash) });
writeFileSync(out, formatVpdq(result.vpdq));
