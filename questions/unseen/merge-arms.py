"""Merge two generate:file outputs into one drafts file for a blind review.
Each draft's id gets a prefix: a- (only the old arm), b- (only the new arm), ab- (both, same content).
A true/false statement asked true in one arm and false in the other ("twins": the same source
sentence) is kept once, in the new arm's version: two versions side by side give each other away,
and a reviewer judges a sample, not an arm (session 31's H16 had 7 twins).
usage: merge-arms.py OLD.json NEW.json OUT.json"""
import json, sys
old, new, out = sys.argv[1:4]
A = json.load(open(old)); B = json.load(open(new))
def key(q):
    return json.dumps({k: q.get(k) for k in ('type', 'prompt', 'answer', 'choices', 'accept')}, sort_keys=True, ensure_ascii=False)
bf = {f['file']: f for f in B['files']}
files = []; counts = {'a': 0, 'b': 0, 'ab': 0}
for fa in A['files']:
    fb = bf.get(fa['file'], {'questions': []})
    kb = {key(q): q for q in fb['questions']}
    ka = {key(q) for q in fa['questions']}
    qs = []
    tf_new = {q['source']['quote'] for q in fb['questions'] if q['type'] == 'truefalse' and key(q) not in ka}
    for q in fa['questions']:
        tag = 'ab' if key(q) in kb else 'a'
        if tag == 'a' and q['type'] == 'truefalse' and q['source']['quote'] in tf_new:
            counts['twin'] = counts.get('twin', 0) + 1
            continue
        counts[tag] += 1
        qs.append(dict(q, id=f"{tag}-{q['id']}"))
    for q in fb['questions']:
        if key(q) not in ka:
            counts['b'] += 1
            qs.append(dict(q, id=f"b-{q['id']}"))
    files.append(dict(fa, questions=qs))
json.dump(dict(A, files=files, refused=A.get('refused', [])), open(out, 'w'), ensure_ascii=False, indent=1)
print(counts, 'old', counts['a'] + counts['ab'] + counts.get('twin', 0), 'new', counts['b'] + counts['ab'], 'merged', counts['a'] + counts['b'] + counts['ab'], 'twins kept once', counts.get('twin', 0))
