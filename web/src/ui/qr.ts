import qrcode from 'qrcode-generator';

/** The QR code of a text as an SVG path ("M x y h1 v1 h-1 z" per dark module) and its size in modules. */
export function qrPath(text: string): { size: number; path: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) parts.push(`M${c + 4} ${r + 4}h1v1h-1z`);
  // 4 modules of quiet zone on each side.
  return { size: n + 8, path: parts.join('') };
}
