# Test vectors for IntimacyKit's scale means, made with R psych::scoreItems.
# Run from this folder:  Rscript psych-scoreitems.R
# Writes psych-data.csv (answers, NA = missing) and psych-scores.csv (scale means, 17 significant digits).
# Committed output is what the tests read; the tests never run R.
suppressPackageStartupMessages(library(psych))
set.seed(20261127)
n <- 600
scales <- list(
  S1 = c("i1", "-i2", "i3", "i4"),
  S2 = c("i5", "-i6", "i7", "-i8", "i9"),
  S3 = c("i10", "i11", "-i12"),
  S4 = c("-i13", "i14", "i15", "-i16", "i17", "i18")
)
items <- paste0("i", 1:18)
# Correlated answers: one latent trait per scale, reverse-keyed items flipped, rounded onto 1..5.
data <- matrix(NA_real_, n, length(items), dimnames = list(NULL, items))
for (s in names(scales)) {
  trait <- rnorm(n)
  for (key in scales[[s]]) {
    item <- sub("^-", "", key)
    sign <- ifelse(startsWith(key, "-"), -1, 1)
    data[, item] <- pmin(5, pmax(1, round(3 + sign * 0.9 * trait + rnorm(n, sd = 0.8))))
  }
}
# About 12% of answers missing, and a few respondents with a whole scale missing.
data[matrix(runif(n * length(items)) < 0.12, n)] <- NA
data[1:5, c("i10", "i11", "i12")] <- NA
data <- as.data.frame(data)
keys <- make.keys(data, scales)
scored <- scoreItems(keys, data, totals = FALSE, impute = "none", min = 1, max = 5)
write.csv(data, "psych-data.csv", row.names = FALSE, na = "NA")
out <- as.data.frame(scored$scores)
out[] <- lapply(out, function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x)))
write.csv(out, "psych-scores.csv", row.names = FALSE, quote = FALSE)
cat("psych", as.character(packageVersion("psych")), "\n")
