"""Score a blind unseen review per arm. usage: arms.py DIR [verdicts file name]"""
import json, sys, math
d = sys.argv[1]; vf = sys.argv[2] if len(sys.argv) > 2 else 'verdicts.json'
key = json.load(open(f'{d}/key.json')); ver = json.load(open(f'{d}/{vf}'))['verdicts']
C = ('answerable', 'oneAnswer', 'readable', 'notGiveaway', 'worthLearning', 'faithful')
ok = {v['n']: all(v[c] for c in C) for v in ver}
def wilson(k, n, z=1.96):
    if n == 0: return (0, 0)
    p = k / n; den = 1 + z*z/n; c = (p + z*z/(2*n)) / den; h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)) / den
    return (100*(c-h), 100*(c+h))
arms = {'old': ('a', 'ab'), 'new': ('b', 'ab'), 'only-old': ('a',), 'only-new': ('b',), 'both': ('ab',)}
for name, tags in arms.items():
    ns = [s['n'] for s in key['sample'] if s['id'].split(':', 1)[1].split('-', 1)[0] in tags]
    k = sum(ok[n] for n in ns); lo, hi = wilson(k, len(ns))
    print(f"{name}: {k}/{len(ns)} = {100*k/max(1,len(ns)):.1f}% (Wilson {lo:.1f}–{hi:.1f})")
