# Test vectors for IntimacyKit's item analysis, made with R psych::alpha on psych-data.csv (see psych-scoreitems.R).
# Run from this folder:  Rscript psych-alpha.R
# Writes psych-alpha.csv: per scale and missing-data method (pairwise, listwise), raw_alpha and std.alpha, and per
# item r.drop and alpha if dropped (raw and standardised), 17 significant digits. Tests read it; they never run R.
suppressPackageStartupMessages(library(psych))
data <- read.csv("psych-data.csv")
scales <- list(
  s1 = c("i1", "-i2", "i3", "i4"),
  s2 = c("i5", "-i6", "i7", "-i8", "i9"),
  s3 = c("i10", "i11", "-i12"),
  s4 = c("-i13", "i14", "i15", "-i16", "i17", "i18")
)
f <- function(x) sprintf("%.17g", x)
rows <- list()
for (s in names(scales)) {
  items <- sub("^-", "", scales[[s]])
  x <- data[, items]
  for (i in seq_along(items)) if (startsWith(scales[[s]][i], "-")) x[, i] <- 6 - x[, i]
  for (method in c("pairwise", "listwise")) {
    xx <- if (method == "listwise") na.omit(x) else x
    a <- psych::alpha(xx, check.keys = FALSE, warnings = FALSE)
    rows[[length(rows) + 1]] <- data.frame(scale = s, method = method, item = "", raw_alpha = f(a$total$raw_alpha),
      std_alpha = f(a$total$std.alpha), r_drop = "", alpha_drop = "", std_alpha_drop = "")
    for (i in seq_along(items)) {
      rows[[length(rows) + 1]] <- data.frame(scale = s, method = method, item = items[i], raw_alpha = "", std_alpha = "",
        r_drop = f(a$item.stats$r.drop[i]), alpha_drop = f(a$alpha.drop$raw_alpha[i]), std_alpha_drop = f(a$alpha.drop$std.alpha[i]))
    }
  }
}
write.csv(do.call(rbind, rows), "psych-alpha.csv", row.names = FALSE, quote = FALSE)
cat("psych", as.character(packageVersion("psych")), "\n")
