import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

// PGlite does not stop a second process opening the same files, and two writers would corrupt
// them (e.g. `npm start` run twice). A lock file with the owner's pid guards the data directory;
// one left by a process that died is taken over.

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dir`; returns the function that releases it. */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'ghidanh.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new Error(
          `Thư mục dữ liệu ${dir} đang được một máy chủ Ghi Danh khác dùng (tiến trình ${owner}). ` +
            `Hãy dừng máy chủ đó, hoặc xóa ${file} nếu chắc chắn không còn máy chủ nào chạy.`,
        );
      }
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  throw new Error(`Không khóa được thư mục dữ liệu ${dir}.`);
}
