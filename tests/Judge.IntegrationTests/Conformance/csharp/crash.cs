throw new InvalidOperationException("boom");
