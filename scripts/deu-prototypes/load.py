import os
import csv, collections, numpy as np, re
rows=list(csv.DictReader(open(os.environ.get('DEU', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/reference/forecasting/deu/deu3-dev.csv')))))
iss=collections.OrderedDict()
for r in rows:
    d=iss.setdefault(r['issue'],dict(rule=r['rule'],ref=(float(r['reference_point']) if r['reference_point'] else None),y=float(r['outcome']),actors=[]))
    d['actors'].append((r['actor'],float(r['position']),float(r['salience']),float(r['capability']),float(r['vote_weight'] or 0),r['proposer']=='true'))
cases=[]
for k,d in iss.items():
    a=d['actors']; pos=np.array([x[1] for x in a]); sal=np.array([x[2] for x in a]); cap=np.array([x[3] for x in a])
    w=sal*cap
    comp=(w*pos).sum()/w.sum() if w.sum()>0 else pos.mean()
    sd=np.sqrt((w*(pos-comp)**2).sum()/w.sum()) if w.sum()>0 else pos.std()
    com=[x[1] for x in a if x[0]=='COM']; ep=[x[1] for x in a if x[0]=='EP']
    prop=[x[1] for x in a if x[5]]
    cases.append(dict(id=k,group=re.sub(r'i\d+$','',k),rule=d['rule'],ref=d['ref'],y=d['y'],comp=comp,sd=sd,com=com[0] if com else None,ep=ep[0] if ep else None,prop=prop[0] if prop else None,pos=pos,sal=sal,cap=cap,vw=np.array([x[4] for x in a]),names=[x[0] for x in a]))
