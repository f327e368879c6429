# Test vectors for IntimacyKit's item analysis, imputation and norms (issue 21), from R psych 2.2.9 (Debian r-cran-psych).
# Made once and committed; tests never need R. Regenerate with:
#   cd tests/IntimacyKit.Tests/Psychometrics/Data && Rscript psych-vectors.R
# Each data set: answers 1-5, one scale; `keys` marks reversed items with -1 (psych reverses them as min + max - x).
suppressMessages({ library(psych); library(jsonlite) })
sets <- list(
  complete = list(file = "complete.csv", keys = c(1, 1, -1, 1, 1, 1)),
  missing = list(file = "missing.csv", keys = c(1, 1, 1, 1, -1)),
  # Listwise: psych::alpha on the complete rows only (IntimacyKit's MissingAnswers.Listwise).
  missing_listwise = list(file = "missing.csv", keys = c(1, 1, 1, 1, -1), listwise = TRUE),
  constant = list(file = "constant.csv", keys = c(1, 1, 1, 1)),
  twoitems = list(file = "twoitems.csv", keys = c(1, 1)))
out <- list()
for (name in names(sets)) {
  s <- sets[[name]]
  d <- read.csv(s$file)
  if (isTRUE(s$listwise)) d <- na.omit(d)
  keys <- s$keys
  reversed <- colnames(d)[keys < 0]
  a <- suppressWarnings(alpha(d, keys = if (length(reversed) > 0) reversed else NULL, check.keys = FALSE, n.iter = 1, warnings = FALSE))
  tot <- a$total
  feldt <- a$feldt
  stats <- a$item.stats
  drop <- a$alpha.drop
  freq <- a$response.freq
  scored <- lapply(c("none", "median", "mean"), function(imp) {
    k <- make.keys(d, list(total = ifelse(keys < 0, paste0("-", colnames(d)), colnames(d))))
    sc <- scoreItems(k, d, impute = imp, min = 1, max = 5, totals = FALSE)
    as.numeric(sc$scores[, 1])
  })
  names(scored) <- c("none", "median", "mean")
  # The same with delete = FALSE: an item without variance stays in the score (IntimacyKit never drops an item from
  # a person's score because of what other people answered).
  kept <- lapply(c("none", "median", "mean"), function(imp) {
    x <- as.matrix(d)
    if (imp != "none") {
      fill <- apply(x, 2, if (imp == "median") median else mean, na.rm = TRUE)
      miss <- which(is.na(x), arr.ind = TRUE)
      x[miss] <- fill[miss[, 2]]
    }
    x[, keys < 0] <- 1 + 5 - x[, keys < 0]
    kept <- unname(rowMeans(x, na.rm = TRUE))
    # Where psych deletes nothing, this is exactly what scoreItems gives.
    if (all(apply(d, 2, sd, na.rm = TRUE) > 0)) stopifnot(isTRUE(all.equal(kept, scored[[imp]], tolerance = 1e-12)))
    kept
  })
  names(kept) <- c("none", "median", "mean")
  out[[name]] <- list(
    file = s$file,
    keys = keys,
    total = list(
      raw_alpha = tot$raw_alpha, std_alpha = tot$std.alpha, G6 = tot[["G6(smc)"]], average_r = tot$average_r,
      median_r = tot$median_r, S_N = tot[["S/N"]], ase = tot$ase, var_r = a$var.r[[1]], mean = tot$mean, sd = tot$sd,
      feldt_lower = feldt$lower.ci[[1]], feldt_upper = feldt$upper.ci[[1]],
      duhachek_lower = tot$raw_alpha - 1.96 * tot$ase, duhachek_upper = tot$raw_alpha + 1.96 * tot$ase),
    items = lapply(seq_len(nrow(stats)), function(i) list(
      item = rownames(stats)[i], n = stats$n[i], raw_r = stats$raw.r[i], std_r = stats$std.r[i], r_cor = stats$r.cor[i],
      r_drop = stats$r.drop[i], mean = stats$mean[i], sd = stats$sd[i],
      alpha_if_dropped = drop$raw_alpha[i], std_alpha_if_dropped = drop$std.alpha[i],
      G6_if_dropped = drop[["G6(smc)"]][i], average_r_if_dropped = drop$average_r[i], S_N_if_dropped = drop[["S/N"]][i],
      alpha_se_if_dropped = drop[["alpha se"]][i], var_r_if_dropped = drop$var.r[i], med_r_if_dropped = drop$med.r[i],
      freq = as.numeric(freq[i, ]))),
    freq_columns = colnames(freq),
    scores = scored,
    scores_kept = kept)
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"), "psych-vectors.json")
