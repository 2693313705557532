import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
import builtins
for off in [0,2,10,20,1e6]:
    for pooled in [False,True]:
        def resid_fit(idx,pt,off=off,pooled=pooled):
            s={'ALL':np.array([(cases[i]['y']-pt[i])/(cases[i]['sd']+off) for i in idx])}
            if not pooled:
                for rule in ['QMV','UNANIMITY']:
                    r=np.array([(cases[i]['y']-pt[i])/(cases[i]['sd']+off) for i in idx if cases[i]['rule']==rule])
                    if len(r)>=20: s[rule]=r
            return s
        def cont(s,i,pt,off=off):
            r=s.get(cases[i]['rule'],s['ALL']); return np.clip(pt[i]+r*(cases[i]['sd']+off),0,100)
        cr,c90,c50,med,W=run(['cal'])
        print(off,pooled,'crps %.2f'%cr.mean(),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f'%c90.mean(),flush=True)
