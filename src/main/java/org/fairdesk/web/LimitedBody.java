package org.fairdesk.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends the read of an API body past {@link #MOST_BYTES}. Jackson holds the whole body before the call's own checks
 * run (a list of 50 skills at most is read whole, however many are sent), so without it one call of 300 MB took
 * 16 s and most of a gigabyte of heap before its 400. The largest body Fairdesk takes is a facts document of 2,000,000
 * characters ({@code POST /api/incentives/evaluate}), well inside. Counted as the bytes arrive, so a body without a
 * Content-Length (chunked) or with a false one is held to it as well.
 */
final class LimitedBody extends FilterInputStream {

	static final long MOST_BYTES = 16L * 1024 * 1024;

	private final long most;
	private long read;

	LimitedBody(InputStream in, long most) {
		super(in);
		this.most = most;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		count(b < 0 ? 0 : 1);
		return b;
	}

	@Override
	public int read(byte[] buffer, int from, int length) throws IOException {
		int n = super.read(buffer, from, length);
		count(Math.max(n, 0));
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long bytes) throws TooLargeException {
		read += bytes;
		if (read > most) {
			throw new TooLargeException(most);
		}
	}

	/** A body longer than the API reads, said before it is read when its Content-Length says so. */
	static final class TooLargeException extends IOException {

		TooLargeException(long most) {
			super("must be at most " + most + " bytes (" + most / (1024 * 1024) + " MiB)");
		}
	}
}
