# Three more families (session of stop 22): the point moved toward the weighted median of the positions; the residuals
# scaled by other measures of disagreement; the residual distribution oriented toward an actor (skewed to its side).
import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
def report(label,cr,c90,med):
    print(label,'crps %.2f'%cr.mean(),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f'%c90.mean(),'mae(med) %.2f'%np.abs(med-y_all).mean(),flush=True)
def wmed(x,w):
    o=np.argsort(x); x=x[o]; w=w[o]; c=np.cumsum(w)/w.sum(); return x[np.searchsorted(c,0.5)]
median=np.array([wmed(c['pos'],c['sal']*c['cap']) for c in cases]); comp=pointcomp()
for a in [0.25,0.5,0.75]:
    cr,c90,c50,med,W=run(['cal'],pt=a*median+(1-a)*comp); report('median share %.2f'%a,cr,c90,med)
plain_fit,plain_cont=resid_fit,cont
scales={'range/4':lambda c:(c['pos'].max()-c['pos'].min())/4,'|COM-compromise|':lambda c:abs((c['com'] if c['com'] is not None else c['comp'])-c['comp']),
        'weighted mean absolute deviation':lambda c:(c['sal']*c['cap']*np.abs(c['pos']-c['comp'])).sum()/(c['sal']*c['cap']).sum()}
for name,fn in scales.items():
    S=np.array([fn(c) for c in cases])
    for off in [5,10]:
        def resid_fit(idx,pt,S=S,off=off):
            s={'ALL':np.array([(cases[i]['y']-pt[i])/(S[i]+off) for i in idx])}
            for rule in ['QMV','UNANIMITY']:
                r=np.array([(cases[i]['y']-pt[i])/(S[i]+off) for i in idx if cases[i]['rule']==rule])
                if len(r)>=20: s[rule]=r
            return s
        def cont(s,i,pt,S=S,off=off):
            r=s.get(cases[i]['rule'],s['ALL']); return np.clip(pt[i]+r*(S[i]+off),0,100)
        cr,c90,c50,med,W=run(['cal']); report('scale %s + %d'%(name,off),cr,c90,med)
for kind in ['com','ref','mid','ep']:
    O=np.array([0.0 if t is None or abs(t-c['comp'])<1e-9 else np.sign(t-c['comp']) for c in cases
                for t in [{'com':c['com'],'ref':c['ref'],'mid':50.0,'ep':c['ep']}[kind]]])
    def resid_fit(idx,pt,O=O):
        z=lambda i:(cases[i]['y']-pt[i])/(cases[i]['sd']+5)
        return {'ORIENTED':np.array([z(i)*O[i] if O[i]!=0 else z(i) for i in idx]),'PLAIN':np.array([z(i) for i in idx])}
    def cont(s,i,pt,O=O):
        r=O[i]*s['ORIENTED'] if O[i]!=0 else s['PLAIN']; return np.clip(pt[i]+r*(cases[i]['sd']+5),0,100)
    cr,c90,c50,med,W=run(['cal']); report('oriented toward %s (%d issues)'%(kind,(O!=0).sum()),cr,c90,med)
