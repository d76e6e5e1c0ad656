# stem.mk - the stemmer comparison driver used by `make eval` and
# `make bench` (links the Snowball and hunspell baselines).
$(BUILD)/eval_stemcmp: eval/stemcmp.c $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libwarta.a $(LDLIBS) -lstemmer \
	  $(shell pkg-config --libs hunspell 2>/dev/null || echo -lhunspell-1.7)
eval bench: $(BUILD)/eval_stemcmp

# the search-latency driver used by `make bench`
$(BUILD)/bench_search: bench/search_latency.c $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libwarta.a $(LDLIBS)
bench: $(BUILD)/bench_search
