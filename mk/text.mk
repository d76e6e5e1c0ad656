# text.mk - the sentence-splitter driver used by `make eval`.
$(BUILD)/eval_sentsplit: eval/sentsplit.c $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libwarta.a $(LDLIBS)
eval: $(BUILD)/eval_sentsplit
