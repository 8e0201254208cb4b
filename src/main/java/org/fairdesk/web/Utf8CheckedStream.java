package org.fairdesk.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * Passes a body through unchanged while checking that it is well-formed UTF-8 (Unicode's table 3-7): no overlong
 * forms such as C0 80 for NUL, no surrogates, nothing above U+10FFFF, no stray or missing continuation bytes. Jackson's
 * own UTF-8 reader decodes some of these into characters; read through this stream, they end the read instead.
 */
final class Utf8CheckedStream extends FilterInputStream {

	private long offset;
	private int continuations;
	private int low = 0x80;
	private int high = 0xBF;

	Utf8CheckedStream(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b < 0) {
			atEnd();
		}
		else {
			check(b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int from, int length) throws IOException {
		int read = super.read(buffer, from, length);
		if (read < 0) {
			atEnd();
		}
		for (int i = 0; i < read; i++) {
			check(buffer[from + i] & 0xFF);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] skipped = new byte[(int) Math.min(n, 8192)];
		int read = read(skipped, 0, skipped.length);
		return Math.max(read, 0);
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void check(int b) throws NotUtf8Exception {
		if (continuations > 0) {
			if (b < low || b > high) {
				throw new NotUtf8Exception(b, offset);
			}
			continuations--;
			low = 0x80;
			high = 0xBF;
		}
		else if (b >= 0x80) {
			lead(b);
		}
		offset++;
	}

	/** The first byte of a sequence says how many follow and, for the edge cases, what the next one may be. */
	private void lead(int b) throws NotUtf8Exception {
		if (b >= 0xC2 && b <= 0xDF) {
			continuations = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			continuations = 2;
			low = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
			high = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			continuations = 3;
			low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
			high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
		}
		else {
			throw new NotUtf8Exception(b, offset); // a stray continuation byte, C0, C1 (overlong) or F5..FF
		}
	}

	private void atEnd() throws NotUtf8Exception {
		if (continuations > 0) {
			throw new NotUtf8Exception(-1, offset);
		}
	}

	/** Where the body stops being UTF-8. */
	static final class NotUtf8Exception extends CharacterCodingException {

		private final String message;

		NotUtf8Exception(int b, long offset) {
			this.message = b < 0 ? "it ends inside a character"
					: "byte 0x%02X at offset %d cannot be there".formatted(b, offset);
		}

		@Override
		public String getMessage() {
			return message;
		}
	}
}
