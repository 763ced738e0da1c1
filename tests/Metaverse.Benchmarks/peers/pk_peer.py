#!/usr/bin/env python3
"""Peer benchmark for `metaverse-bench twins pk`: the same two workloads in SciPy/NumPy.

1. Closed-form concentration points per second: a 2-compartment oral dose as a sum of three
   exponentials over a 1,024-point time array (NumPy, vectorised), plus the 1-compartment bolus.
2. ODE virtual subjects per second: 2-compartment oral + indirect response type I (6 states, as
   PkPdSystem), 24 h with hourly output, RK45 (Dormand–Prince) rtol 1e-6 atol 1e-9 via
   scipy.integrate.solve_ivp, and LSODA via scipy.integrate.odeint (compiled Fortran) for reference.

Run as root on Debian: installs python3-scipy with apt-get when it is missing, then re-runs itself
with /usr/bin/python3 (the Debian interpreter that sees the apt package).
"""
import os
import subprocess
import sys
import time

SYSTEM_PYTHON = "/usr/bin/python3"


def ensure_scipy():
    try:
        import scipy  # noqa: F401
        return
    except ImportError:
        pass
    if sys.executable != SYSTEM_PYTHON and os.path.exists(SYSTEM_PYTHON) and os.environ.get("PK_PEER_REEXEC") != "1":
        probe = subprocess.run([SYSTEM_PYTHON, "-c", "import scipy"], capture_output=True)
        if probe.returncode != 0:
            install()
        os.environ["PK_PEER_REEXEC"] = "1"
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    install()
    os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)


def install():
    print("installing python3-scipy with apt-get ...", file=sys.stderr)
    subprocess.run(["apt-get", "update"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "python3-scipy"], check=True, stdout=subprocess.DEVNULL)


def measure(seconds, work):
    for _ in range(20):
        work()
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(10):
            done += work()
    return done / (time.perf_counter() - start)


def main():
    ensure_scipy()
    import numpy as np
    from scipy.integrate import odeint, solve_ivp

    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    cl, v1, q, v2, ka, f, dose = 5.0, 30.0, 10.0, 60.0, 1.2, 0.8, 100.0
    k10, k12, k21 = cl / v1, q / v1, q / v2
    s = k10 + k12 + k21
    alpha = 0.5 * (s + np.sqrt(s * s - 4 * k10 * k21))
    beta = k10 * k21 / alpha
    oral = f * dose / v1 * ka
    c = np.array([oral * (k21 - alpha) / ((ka - alpha) * (beta - alpha)),
                  oral * (k21 - beta) / ((ka - beta) * (alpha - beta)),
                  oral * (k21 - ka) / ((alpha - ka) * (beta - ka))])
    lam = np.array([alpha, beta, ka])
    t = np.arange(1024) * (24.0 / 1024)
    out = np.empty_like(t)

    def two_cmt_oral():
        np.multiply(c[0], np.exp(-lam[0] * t), out=out)
        out.__iadd__(c[1] * np.exp(-lam[1] * t))
        out.__iadd__(c[2] * np.exp(-lam[2] * t))
        return t.size

    def one_cmt_bolus():
        np.multiply(dose / 50.0, np.exp(-0.1 * t), out=out)
        return t.size

    kin, kout, imax, ic50 = 10.0, 0.1, 0.9, 2.0
    hours = np.arange(25.0)
    y0 = np.array([f * 500.0, 0, 0, 0, 0, kin / kout])

    def rhs(_t, y, k10_):
        depot, central, peripheral, _auc, _elim, r = y
        conc = central / v1
        drug = imax * conc / (ic50 + conc)
        return [-ka * depot, ka * depot - (k10_ + k12) * central + k21 * peripheral, k12 * central - k21 * peripheral,
                conc, k10_ * central, kin * (1 - drug) - kout * r]

    subject = [0]

    def ode_rk45():
        k10_ = (4 + (subject[0] % 64) * 0.05) / v1
        subject[0] += 1
        solve_ivp(rhs, (0, 24), y0, method="RK45", t_eval=hours, rtol=1e-6, atol=1e-9, args=(k10_,))
        return 1

    def ode_lsoda():
        k10_ = (4 + (subject[0] % 64) * 0.05) / v1
        subject[0] += 1
        odeint(rhs, y0, hours, args=(k10_,), rtol=1e-6, atol=1e-9, tfirst=True)
        return 1

    rows = [
        ("closed form 1-cmt iv bolus (NumPy)", measure(seconds, one_cmt_bolus), "points/s"),
        ("closed form 2-cmt oral (NumPy)", measure(seconds, two_cmt_oral), "points/s"),
        ("ODE 2-cmt oral + IDR, solve_ivp RK45", measure(seconds, ode_rk45), "subjects/s"),
        ("ODE 2-cmt oral + IDR, odeint LSODA", measure(seconds, ode_lsoda), "subjects/s"),
    ]
    print(f"SciPy {__import__('scipy').__version__}, NumPy {np.__version__}, Python {sys.version.split()[0]}")
    for name, rate, unit in rows:
        print(f"{name:40s} {rate:16,.0f} {unit}")


if __name__ == "__main__":
    main()
