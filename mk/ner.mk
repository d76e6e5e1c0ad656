# ner.mk - the entity tagger's model (`make model`) and its speed driver.
#
# `make model` rebuilds data/models/clusters.tsv (word clusters from the
# unlabeled CLICK-ID text, CC BY 4.0) and data/models/ner.model (the shipped
# PER/LOC/ORG tagger, trained on the union of the NERGrit, NERP and
# idner-news-2k train splits, early-stopped on their dev splits).  Fixed
# seed: the same data gives the same files.
NER := $(SHARED)/data/ner
model: build check-shared
	$(BUILD)/warta ner clusters -o data/models/clusters.tsv -k 64,512 \
	  $(SHARED)/data/corpora/click-id
	cat $(NER)/nergrit/valid_preprocess.txt $(NER)/nerp/valid_preprocess.txt \
	  $(NER)/idner-news-2k/dev.txt > $(BUILD)/ner-dev.txt
	$(BUILD)/warta ner train -o data/models/ner.model --types PER,LOC,ORG \
	  --epochs 30 --seed 1 --clusters data/models/clusters.tsv \
	  --gazetteer $(SHARED)/data/gazetteers/mdee --dev $(BUILD)/ner-dev.txt \
	  $(NER)/nergrit/train_preprocess.txt $(NER)/nerp/train_preprocess.txt \
	  $(NER)/idner-news-2k/train.txt

$(BUILD)/bench_ner: bench/ner_speed.c $(BUILD)/libwarta.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libwarta.a $(LDLIBS)
bench: $(BUILD)/bench_ner
