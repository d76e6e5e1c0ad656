# ner.mk - the entity tagger's model (`make model`) and its speed driver.
#
# `make model` rebuilds data/models/clusters.tsv (word clusters from the
# unlabeled CLICK-ID text, CC BY 4.0) and data/models/ner.model (the shipped
# PER/LOC/ORG tagger, trained on the union of the NERGrit, NERP and
# idner-news-2k train splits, early-stopped on their dev splits).  Every
# sentence that also occurs in a test split of any corpus (the corpora
# share news sentences: idner-news-2k's test holds 216 of NERP's training
# sentences) is left out of training and dev, so the shipped model's test
# figures are clean.  Fixed seed: the same data gives the same files.
NER_TESTS = $(NER)/nergrit/test_preprocess.txt $(NER)/nerp/test_preprocess.txt \
  $(NER)/idner-news-2k/test.txt $(NER)/nerui/test.01.tsv $(NER)/nerugm/test.01.tsv \
  $(NER)/singgalang-gold-0811.txt
NER := $(SHARED)/data/ner
model: build check-shared
	$(BUILD)/warta ner clusters -o data/models/clusters.tsv -k 64,512 \
	  $(SHARED)/data/corpora/click-id
	cat $(NER)/nergrit/valid_preprocess.txt $(NER)/nerp/valid_preprocess.txt \
	  $(NER)/idner-news-2k/dev.txt > $(BUILD)/ner-dev.txt
	$(BUILD)/warta ner train -o data/models/ner.model --types PER,LOC,ORG \
	  --epochs 30 --seed 1 --clusters data/models/clusters.tsv \
	  --gazetteer $(SHARED)/data/gazetteers/mdee --dev $(BUILD)/ner-dev.txt \
	  $(foreach t,$(NER_TESTS),--exclude $(t)) \
	  $(NER)/nergrit/train_preprocess.txt $(NER)/nerp/train_preprocess.txt \
	  $(NER)/idner-news-2k/train.txt

$(BUILD)/bench_ner: bench/ner_speed.c $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libwarta.a $(LDLIBS)
bench: $(BUILD)/bench_ner
