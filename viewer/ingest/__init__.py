"""Raw page in, clean article out: decode, HTML, pinyin, garbled runs, boilerplate, metadata."""
