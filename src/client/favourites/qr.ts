/**
 * The reading-list link as a QR code, drawn here as SVG from uqr's module matrix: no image is
 * fetched and nothing leaves the page. Loaded by the favourites page only when the reader asks.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG of the QR code of `text`, or undefined when the text is too long for any QR code. */
export function qrSvg(text: string): SVGSVGElement | undefined {
  let matrix: boolean[][];
  try {
    matrix = encode(text, { ecc: 'L', border: 2 }).data;
  } catch {
    return undefined;
  }
  const size = matrix.length;
  let d = '';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', 'qr-caption');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(path);
  return svg;
}
