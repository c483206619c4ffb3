/// <reference lib="webworker" />
import { parseHar, type HarResult } from '../../core/exchange/har';

/** A HAR to read: a File from the picker or a drop (read here, off the main thread), or pasted text. */
export type HarRequest = { id: number; file: File } | { id: number; text: string };
export type HarResponse = { id: number; result: HarResult } | { id: number; failure: string };

// Reading and JSON.parse of a 50 MB HAR take hundreds of milliseconds: done here, the page stays responsive.
self.onmessage = async (event: MessageEvent<HarRequest>) => {
  const request = event.data;
  try {
    const text = 'file' in request ? await request.file.text() : request.text;
    const response: HarResponse = { id: request.id, result: parseHar(text) };
    self.postMessage(response);
  } catch (e) {
    const response: HarResponse = { id: request.id, failure: e instanceof Error ? e.message : String(e) };
    self.postMessage(response);
  }
};
