# Fits the Theoph one-compartment oral model with R nlme (Pinheiro & Bates 2000, sections 6.4 / 8.2)
# on the NONMEM-style data used by our tests, so both fits see identical data (Dose in mg/kg, as nlme's Theoph).
# Usage: Rscript theoph_nlme.R [path/to/theoph_nonmem.csv] [repeats]
# Installs nothing: run theoph_nlme.sh to install R and nlme first.
if (!requireNamespace("nlme", quietly = TRUE)) {
  message("error: the R package 'nlme' is not installed; run tests/Metaverse.Benchmarks/peers/theoph_nlme.sh (apt-get install -y r-base-core r-cran-nlme)")
  quit(status = 3)
}
suppressPackageStartupMessages(library(nlme))
args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[1] else "tests/Metaverse.Twins.Tests/Patient/Estimation/data/theoph_nonmem.csv"
repeats <- if (length(args) >= 2) as.integer(args[2]) else 20L
nm <- read.csv(path, na.strings = ".")
doses <- nm[nm$EVID == 1, c("ID", "AMT")]
obs <- nm[nm$EVID == 0 & nm$MDV == 0, c("ID", "TIME", "DV")]
obs$Dose <- doses$AMT[match(obs$ID, doses$ID)]
names(obs) <- c("Subject", "Time", "conc", "Dose")
theo <- groupedData(conc ~ Time | Subject, data = obs)

fit_lis <- function() nlsList(conc ~ SSfol(Dose, Time, lKe, lKa, lCl), data = theo)
fit_full <- function(lis) nlme(lis)                                   # general Ω on lKe, lKa, lCl
fit_diag2 <- function(lis) nlme(conc ~ SSfol(Dose, Time, lKe, lKa, lCl), data = theo,
                                fixed = lKe + lKa + lCl ~ 1, random = pdDiag(lKa + lCl ~ 1),
                                start = fixef(lis))

report <- function(label, fit) {
  cat(sprintf("== %s\n", label))
  fe <- fixef(fit); se <- sqrt(diag(vcov(fit)))
  for (n in names(fe)) cat(sprintf("fixed %s %.5f se %.5f\n", n, fe[[n]], se[[n]]))
  vc <- VarCorr(fit)
  sds <- suppressWarnings(as.numeric(vc[, "StdDev"]))
  names(sds) <- rownames(vc)
  for (n in names(sds)) cat(sprintf("sd %s %.5f\n", n, sds[[n]]))
  cat(sprintf("logLik %.4f minus2ll %.4f AIC %.4f BIC %.4f df %d\n",
              as.numeric(logLik(fit)), -2 * as.numeric(logLik(fit)), AIC(fit), BIC(fit), attr(logLik(fit), "df")))
  re <- ranef(fit)
  for (i in seq_len(nrow(re))) cat(sprintf("ebe %s %s\n", rownames(re)[i], paste(sprintf("%.5f", unlist(re[i, ])), collapse = " ")))
}

lis <- fit_lis()
full <- fit_full(lis)
diag2 <- fit_diag2(lis)
report("nlme full 3x3 (lKe, lKa, lCl)", full)
report("nlme pdDiag(lKa + lCl)", diag2)

time_fit <- function(f) {
  t <- numeric(repeats)
  for (i in seq_len(repeats)) t[i] <- system.time(f())[["elapsed"]]
  median(t)
}
cat(sprintf("timing median of %d runs, s: pdDiag(lKa+lCl) %.4f  full3x3 %.4f (each includes the nlsList start)\n",
            repeats, time_fit(function() fit_diag2(fit_lis())), time_fit(function() fit_full(fit_lis()))))
